//! Built-in marker phrases, one file per language. Each file is a plain table
//! of `(category, scope, phrase)`: data, not logic. To add a language, add a
//! file with a `MARKERS` table and list it in [`TABLES`].

use crate::lexicon::BuiltinMarker;

mod ar;
mod cjk;
mod cs;
mod de;
mod en;
mod es;
mod fa;
mod fr;
mod hi;
mod id;
mod it;
mod ko;
mod neutral;
mod pl;
mod pt;
mod ru;
mod tr;

/// Every built-in table with its language tag (`"*"`: language-neutral).
pub(crate) const TABLES: &[(&str, &[BuiltinMarker])] = &[
    ("*", neutral::MARKERS),
    ("ar", ar::MARKERS),
    ("ar", ar::DATES),
    ("en", en::MARKERS),
    ("en", en::DATES),
    ("fr", fr::MARKERS),
    ("fr", fr::DATES),
    ("es", es::MARKERS),
    ("es", es::DATES),
    ("de", de::MARKERS),
    ("de", de::DATES),
    ("pl", pl::MARKERS),
    ("it", it::MARKERS),
    ("cs", cs::MARKERS),
    ("pt", pt::MARKERS),
    ("pt", pt::DATES),
    ("zh", cjk::ZH),
    ("ja", cjk::JA),
    ("th", cjk::TH),
    ("ko", ko::MARKERS),
    ("ru", ru::MARKERS),
    ("ru", ru::DATES),
    ("hi", hi::MARKERS),
    ("hi", hi::DATES),
    ("tr", tr::MARKERS),
    ("tr", tr::DATES),
    ("id", id::MARKERS),
    ("id", id::DATES),
    ("fa", fa::MARKERS),
    ("fa", fa::DATES),
];

/// The built-in language codes.
pub const LANGUAGES: &[&str] =
    &["ar", "en", "fr", "es", "de", "pl", "pt", "it", "cs", "zh", "ja", "th", "ko", "ru", "hi", "tr", "id", "fa"];

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    /// Cleans `prose` followed by `junk`, one block per line, and checks
    /// that every junk line (page furniture after the article; a comments
    /// heading last, as it ends the article) goes and every prose line (some
    /// opening with the furniture's words) stays.
    fn check(prose: &[&str], junk: &[&str]) {
        let page: String = prose.iter().chain(junk).map(|l| format!("{l}\n")).collect();
        let out = Pipeline::default().clean(&page);
        let kept: Vec<&str> = out.text().lines().collect();
        for line in junk {
            assert!(!kept.contains(line), "junk kept: {line:?}\n{}", out.text());
        }
        for line in prose {
            assert!(kept.contains(line), "prose lost: {line:?}\n{}", out.text());
        }
    }

    #[test]
    fn french_furniture_goes_and_french_prose_stays() {
        check(
            &[
                "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis plusieurs mois dans le sud du pays.",
                "Tous les commentaires reçus par le ministère seront publiés, et le ministre, qui a rédigé par ailleurs une lettre aux préfets, promet une réponse rapide.",
                "Selon le ministre, ces aides seront versées dès le mois prochain aux exploitations les plus touchées, après un examen rapide des dossiers par les services de l'État.",
            ],
            &["Partagez", "Lien copié", "Tous les commentaires"],
        );
    }

    #[test]
    fn english_newsletter_box_and_letter_prompt_go_and_english_prose_stays() {
        check(
            &[
                "The council approved the new budget on Tuesday after a debate that lasted most of the day and ended late in the evening.",
                "Residents can now sign up to get a parking permit online, and those who submit a letter of complaint will receive an answer within a month.",
                "The mayor said anyone could unsubscribe from the scheme later, and thanked those who had signed up for their patience with the new forms.",
            ],
            &[
                "Sign up to get the best content of the week, and great deals, as picked by the editors.",
                "Thank you for signing up to Daily Paper. You will receive a verification email shortly.",
                "There was a problem. Please refresh the page and try again.",
                "No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.",
            ],
        );
        check(
            &[
                "The council approved the new budget on Tuesday after a debate that lasted most of the day and ended late in the evening.",
                "Spending on schools will rise by a tenth, while the road programme is cut back sharply over the next two years.",
            ],
            &["Submit your letter to the editor via this form. Read more Letters to the Editor."],
        );
    }

    #[test]
    fn a_contributors_disclaimer_ends_the_article() {
        check(
            &[
                "The council approved the new budget on Tuesday after a debate that lasted most of the day and ended late in the evening.",
                "Spending on schools will rise by a tenth, while the road programme is cut back sharply over the next two years.",
                "The council said it is not responsible for the roads of the county, which are run by the regional authority.",
            ],
            &[
                "Daily Paper is not responsible for the opinions, statements or media content presented by contributors.",
            ],
        );
    }

    #[test]
    fn german_membership_and_sign_up_calls_go_and_german_prose_stays() {
        check(
            &[
                "Der Verein hat am Dienstag seine neuen Angebote vorgestellt, die vor allem jungen Familien in der Stadt helfen sollen.",
                "Wer Mitglied werden will, kann sich ab sofort kostenlos anmelden und bekommt dann regelmäßig Post vom Vorstand.",
                "Der Vorsitzende sagte, man wolle in den nächsten Jahren vor allem auf dem Land neue Mitglieder gewinnen.",
            ],
            &["Mitglied werden", "HIER KOSTENLOS ANMELDEN »", "Jetzt Mitglied werden"],
        );
    }

    #[test]
    fn german_donation_forms_order_buttons_and_post_notes_go_and_german_prose_stays() {
        check(
            &[
                "Der Verein hat am Dienstag seine neuen Angebote vorgestellt, die vor allem jungen Familien in der Stadt helfen sollen.",
                "Die Vorsitzende sagte, ihr Beitrag hilft vielen Familien, und wer das Buch bestellen will, kann das im Rathaus tun.",
                "Bei diesem Verfahren handelt es sich um ein Pilotprojekt, sagte sie. Wer mitmachen will, soll einfach hier im Büro anrufen.",
            ],
            &[
                "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und weiterhin kostenlos zur Verfügung zu stellen.",
                "Anderer Betrag",
                "Jetzt spenden",
                "Buch bestellen",
                "Das Magazin jetzt auch digital! Einfach hier klicken und registrieren!",
                "Bei diesem Beitrag handelt es sich um eine Pressemitteilung des Vereins.",
            ],
        );
    }

    #[test]
    fn a_forum_link_closes_the_article_and_a_sentence_on_a_forum_stays() {
        let page = "Der Verein hat am Dienstag seine neuen Regeln für das Angeln am See vorgestellt, die ab dem Sommer gelten sollen.\n\
                    Die Diskussion im Forum des Vereins war lang, am Ende stimmten aber fast alle Mitglieder für die neuen Regeln.\n\
                    Wer gegen die Regeln verstößt, muss künftig mit einem Bußgeld und dem Entzug der Angelkarte rechnen.\n\
                    Angeln am See – Diskussion im Forum\n\
                    Jetzt teilen!\n\
                    Facebook\n";
        let out = Pipeline::default().clean(page);
        assert!(out.text().contains("Die Diskussion im Forum des Vereins"), "{}", out.text());
        assert!(out.text().contains("Wer gegen die Regeln"), "{}", out.text());
        assert!(!out.text().contains("Angeln am See –"), "{}", out.text());
    }

    #[test]
    fn a_german_licence_notice_at_the_foot_goes_and_a_sentence_on_copyright_stays() {
        let page = "Der Verein hat am Dienstag seine neuen Regeln für das Fotografieren im Museum vorgestellt, die ab dem Sommer gelten.\n\
                    Die Leiterin sagte, alle Inhalte unterliegen dem Urheberrecht der Künstler, deshalb dürfen Besucher sie nicht online stellen.\n\
                    Wer gegen die Regeln verstößt, muss künftig mit einem Hausverbot rechnen, kündigte das Museum am Abend an.\n\
                    Alle Inhalte unterliegen dieser Creative-Commons-Lizenz. // Anmelden\n";
        let out = Pipeline::default().clean(page);
        assert!(out.text().contains("Wer gegen die Regeln"), "{}", out.text());
        assert!(!out.text().contains("Creative-Commons"), "{}", out.text());
    }

    #[test]
    fn french_contest_teasers_go_and_french_prose_stays() {
        check(
            &[
                "Le gouvernement a présenté mardi un plan d'aide aux agriculteurs touchés par la sécheresse, qui dure depuis plusieurs mois dans le sud du pays.",
                "Si vous remportez le concours, vous serez invités à Paris, a précisé l'organisateur lors de la conférence de presse de mardi.",
            ],
            &["Remportez le soin pour les yeux de notre partenaire"],
        );
    }

    #[test]
    fn polish_furniture_goes_and_polish_prose_stays() {
        check(
            &[
                "Rząd przedstawił we wtorek pakiet działań wspierających rolników dotkniętych suszą, która od kilku miesięcy trwa na południu kraju i niszczy zbiory.",
                "Brak komentarzy ze strony ministerstwa zaskoczył posłów, którzy chcieli dowiedzieć się więcej o terminie wypłat i o tym, kto je otrzyma.",
                "Według ministra pomoc trafi do najbardziej poszkodowanych gospodarstw już w przyszłym miesiącu, po szybkim sprawdzeniu wniosków przez urzędy.",
            ],
            &["Skopiuj link", "Udostępnij artykuł", "Brak komentarzy"],
        );
        check(
            &[
                "Rząd przedstawił we wtorek pakiet działań wspierających rolników dotkniętych suszą, która od kilku miesięcy trwa na południu kraju i niszczy zbiory.",
                "Według ministra rolnicy mogą już zobaczyć oferty banków na stronie resortu, a wnioski trafią do urzędów w przyszłym miesiącu.",
            ],
            &["Szukasz mieszkania do wynajęcia? Zobacz oferty na naszym portalu"],
        );
    }

    #[test]
    fn spanish_furniture_goes_and_spanish_prose_stays() {
        check(
            &[
                "El Gobierno anunció el martes un paquete de medidas para apoyar a los agricultores afectados por la sequía, que dura desde hace varios meses en el sur del país.",
                "Mostrar comentarios de los expertos en el informe fue la decisión del ministro, que quiere compartir esta noticia con los alcaldes de la región.",
                "Según el ministro, las ayudas llegarán el próximo mes a las explotaciones más afectadas, tras una revisión rápida de las solicitudes por parte de la administración.",
            ],
            &["Compartir artículo", "Enlace copiado", "Mostrar comentarios"],
        );
    }

    #[test]
    fn portuguese_furniture_goes_and_portuguese_prose_stays() {
        check(
            &[
                "O governo anunciou na terça-feira um pacote de medidas para apoiar os agricultores afetados pela seca, que dura há vários meses no sul do país.",
                "Nenhum comentário foi feito pelo ministério, que diz que a campanha continua após a publicidade da decisão nos jornais de todos os estados.",
                "Segundo o ministro, a ajuda chegará no próximo mês às propriedades mais afetadas, depois de uma análise rápida dos pedidos pelos serviços do Estado.",
            ],
            &["Compartilhe este artigo", "Link copiado", "Continua após a publicidade", "Nenhum comentário"],
        );
    }

    #[test]
    fn italian_furniture_goes_and_italian_prose_stays() {
        check(
            &[
                "Il governo ha annunciato martedì un pacchetto di misure per sostenere gli agricoltori colpiti dalla siccità, che dura da diversi mesi nel sud del paese.",
                "Nessun commento è arrivato dal ministero, che ha chiesto ai sindaci di copia il link del decreto nei siti dei comuni entro la fine del mese.",
                "Secondo il ministro, gli aiuti arriveranno il mese prossimo alle aziende più colpite, dopo un rapido esame delle domande da parte degli uffici dello Stato.",
            ],
            &["Copia il link", "Link copiato", "Nessun commento"],
        );
    }

    #[test]
    fn czech_furniture_goes_and_czech_prose_stays() {
        check(
            &[
                "Vláda v úterý oznámila balíček opatření na podporu zemědělců zasažených suchem, které na jihu země trvá už několik měsíců a ničí úrodu.",
                "Zobrazit diskusi o návrhu chtěli i poslanci, kteří se ptali, kdy peníze dorazí a kdo je dostane, a ministr slíbil rychlou odpověď.",
                "Podle ministra pomoc dorazí do nejvíce postižených podniků už příští měsíc, po rychlé kontrole žádostí úřady, které na ni mají dohlížet.",
            ],
            &["Zkopírovat odkaz", "Sdílejte", "Zobrazit diskusi"],
        );
    }

    #[test]
    fn chinese_furniture_goes_and_chinese_prose_stays() {
        check(
            &[
                "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失，许多农户的收成因此减少了一半以上。",
                "评论区里有网友说，这些措施来得太晚了，但也有人认为政府的反应已经很快，希望补贴能够尽快发放到每一个受灾的农户手中。",
                "部长表示，补贴将在下个月发放给受灾最严重的农场，相关部门会尽快审核申请材料，确保资金按时到位，并接受社会各界的监督。",
            ],
            &["【纠错】", "收藏", "评论区", "返回顶部"],
        );
    }

    #[test]
    fn japanese_furniture_goes_and_japanese_prose_stays() {
        check(
            &[
                "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降らず、多くの農家が収穫を失っている。",
                "あわせて読みたい本として、大臣は農業の歴史に関する本を紹介し、若い農家にも長い目で見た対策を考えてほしいと語った。",
                "大臣によると、支援金は来月、最も被害の大きい農場に支払われる予定で、申請書類は各地の役所で速やかに審査されるという。",
            ],
            &["メニュー", "ページトップへ", "あわせて読みたい"],
        );
    }

    #[test]
    fn a_japanese_agency_credit_closing_the_article_goes_and_prose_naming_the_agency_stays() {
        let page = [
            "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降っていない。",
            "共同通信が週末に実施した世論調査では、対策を評価する回答が半数を超え、評価しないとの回答を大きく上回った。",
            "野党からは財源の説明が不十分だとの批判が出ているが、政府は来年度から順次実施する方針だ。",
            "（共同通信）",
        ];
        let out = Pipeline::default().clean(&(page.join("\n") + "\n"));
        assert_eq!(out.text(), page[..3].join("\n\n") + "\n", "{:#?}", out.report());
    }

    #[test]
    fn chinese_and_japanese_photo_credits_alone_go_inside_the_article() {
        let zh = [
            "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失。",
            "资料图",
            "部长表示，补贴将在下个月发放给受灾最严重的农场，相关部门会尽快审核申请材料，确保资金按时到位。",
            "评论人士认为，这些措施来得太晚了，但也有人认为政府的反应已经很快，希望补贴能够尽快发放。",
        ];
        let ja = [
            "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降っていない。",
            "写真はイメージです",
            "大臣によると、支援金は来月、最も被害の大きい農場に支払われる予定で、申請書類は各地の役所で速やかに審査されるという。",
            "野党からは財源の説明が不十分だとの批判が出ているが、政府は来年度から順次実施する方針だ。",
        ];
        for page in [zh, ja] {
            let out = Pipeline::default().clean(&(page.join("\n") + "\n"));
            let want = [page[0], page[2], page[3]].join("\n\n") + "\n";
            assert_eq!(out.text(), want, "{:#?}", out.report());
        }
    }

    #[test]
    fn korean_furniture_goes_and_korean_prose_stays() {
        check(
            &[
                "정부는 화요일 가뭄 피해를 입은 농가를 지원하기 위한 대책을 발표했으며, 남부 지역에서는 몇 달째 비가 내리지 않아 많은 농가가 수확을 잃었다.",
                "수정 예산안에 따르면 지원금은 다음 달 피해가 가장 큰 농가에 먼저 지급되고, 신청 서류는 각 지역 사무소에서 신속하게 심사될 예정이다.",
                "관련 기사를 쓴 기자들은 농민들이 장기적인 대책을 원한다고 전했으며, 장관은 내년에도 지원을 계속하겠다고 약속했다.",
            ],
            &[
                "공유하기",
                "뉴스레터 구독하기",
                "이메일 주소를 입력하세요",
                "구독",
                "함께 보면 좋은 기사",
                "관련기사",
                "입력 2024.01.15 10:30",
                "무단전재 및 재배포 금지",
            ],
        );
    }

    #[test]
    fn a_korean_e_mail_prompt_between_paragraphs_goes() {
        let prose = [
            "정부는 화요일 가뭄 피해를 입은 농가를 지원하기 위한 대책을 발표했으며, 남부 지역에서는 몇 달째 비가 내리지 않아 많은 농가가 수확을 잃었다.",
            "수정 예산안에 따르면 지원금은 다음 달 피해가 가장 큰 농가에 먼저 지급되고, 신청 서류는 각 지역 사무소에서 신속하게 심사될 예정이다.",
            "관련 기사를 쓴 기자들은 농민들이 장기적인 대책을 원한다고 전했으며, 장관은 내년에도 지원을 계속하겠다고 약속했다.",
        ];
        // The e-mail field's prompt carries its verb ending.
        for prompt in ["이메일 주소를 입력하세요", "이메일을 입력해 주세요"] {
            let page = format!("{}\n{prompt}\n{}\n{}\n", prose[0], prose[1], prose[2]);
            let out = Pipeline::default().clean(&page);
            assert_eq!(out.text(), format!("{}\n\n{}\n\n{}\n", prose[0], prose[1], prose[2]), "{:#?}", out.report());
        }
    }

    /// Cleans `prose[..2]`, then the lines of a box, then the rest of
    /// `prose` (a subheading over its paragraph, say), and checks that the
    /// box goes and the article comes out whole.
    fn check_box_between(prose: &[&str], box_lines: &[&str]) {
        let page: String = prose[..2].iter().chain(box_lines).chain(&prose[2..]).map(|l| format!("{l}\n")).collect();
        let out = Pipeline::default().clean(&page);
        assert_eq!(out.text(), prose.join("\n\n") + "\n", "{:#?}", out.report());
    }

    #[test]
    fn newsletter_boxes_and_follow_buttons_between_paragraphs_go_and_prose_with_their_words_stays() {
        // The text under a box goes on: the box is no wall, even over a
        // subheading. Each language's prose holds the box's words.
        check_box_between(
            &[
                "정부는 화요일 가뭄 피해를 입은 농가를 지원하기 위한 대책을 발표했으며, 남부 지역에서는 몇 달째 비가 내리지 않아 많은 농가가 수확을 잃었다.",
                "뉴스레터 구독 신청이 몰리자 농림부는 매주 지원 현황을 알리겠다고 밝혔으며, 구독 서비스는 무료로 제공된다.",
                "야당의 비판",
                "야당은 지원 규모가 너무 작다고 비판했으며, 농민 단체들은 장기적인 대책을 요구했다.",
            ],
            &["뉴스레터 구독하기", "이메일 주소를 입력하세요", "구독"],
        );
        check_box_between(
            &[
                "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失。",
                "越来越多的读者订阅我们的新闻客户端，部长表示，关注我们的农民是政府的责任，补贴将在下个月发放。",
                "专家的看法",
                "专家认为，这些措施来得太晚了，但也有人认为政府的反应已经很快，希望补贴能够尽快发放到农户手中。",
            ],
            &["订阅我们的新闻", "请输入邮箱", "订阅"],
        );
        check_box_between(
            &[
                "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降っていない。",
                "支援を受けるには役所に登録する必要があり、メールマガジン登録をした農家には最新の情報が届くという。",
                "野党の反応",
                "野党からは財源の説明が不十分だとの批判が出ているが、政府は来年度から順次実施する方針だ。",
            ],
            &["メールマガジン登録", "メールアドレスを入力", "登録する"],
        );
        check_box_between(
            &[
                "Правительство во вторник объявило о мерах поддержки фермеров, пострадавших от засухи, которая продолжается на юге страны.",
                "Подписаться на рассылку министерства могут все фермеры: по словам министра, так они узнают о выплатах первыми.",
                "Реакция фермеров",
                "Представители фермеров в целом поддержали инициативу, но указали на недостаточный объём помощи.",
            ],
            &["Подпишитесь на нашу рассылку", "Ваш e-mail", "Подписаться"],
        );
        check_box_between(
            &[
                "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse dans le sud du pays.",
                "Pour s'inscrire, les exploitants devront remplir un formulaire en ligne avant la fin du mois, a précisé le ministre.",
                "La réaction des syndicats",
                "Les syndicats agricoles ont salué l'annonce, tout en jugeant le montant des aides insuffisant pour la plupart des fermes.",
            ],
            &["Inscrivez-vous à notre newsletter", "Votre adresse e-mail", "S'inscrire"],
        );
        check_box_between(
            &[
                "El Gobierno anunció el martes un paquete de medidas para apoyar a los agricultores afectados por la sequía en el sur del país.",
                "«Suscribirme al boletín del ministerio fue lo primero que hice», dijo un agricultor de Jaén a este periódico.",
                "Críticas de la oposición",
                "La oposición calificó la medida de insuficiente y acusó al Gobierno de llegar tarde a un problema que viene de lejos.",
            ],
            &["Suscríbete a nuestro boletín", "Introduce tu correo electrónico", "Suscribirme"],
        );
        for (prose, follow) in [
            (
                [
                    "정부는 화요일 가뭄 피해를 입은 농가를 지원하기 위한 대책을 발표했으며, 남부 지역에서는 몇 달째 비가 내리지 않아 많은 농가가 수확을 잃었다.",
                    "농림부 유튜브 채널을 구독하기 시작한 농민들이 늘었으며, 장관은 지원 현황을 매주 알리겠다고 밝혔다.",
                    "야당의 비판",
                    "야당은 지원 규모가 너무 작다고 비판했으며, 농민 단체들은 장기적인 대책을 요구했다.",
                ],
                "구독하기",
            ),
            (
                [
                    "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失。",
                    "关注我们的孩子和老人，部长说，是这次救灾工作的重点，补贴将在下个月发放给受灾最严重的农户。",
                    "专家的看法",
                    "专家认为，这些措施来得太晚了，但也有人认为政府的反应已经很快，希望补贴能够尽快发放到农户手中。",
                ],
                "关注我们",
            ),
            (
                [
                    "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降っていない。",
                    "農林水産省のアカウントをフォローする農家も増えており、大臣は支援の状況を毎週知らせると語った。",
                    "野党の反応",
                    "野党からは財源の説明が不十分だとの批判が出ているが、政府は来年度から順次実施する方針だ。",
                ],
                "フォローする",
            ),
        ] {
            check_box_between(&prose, &[follow]);
        }
    }

    #[test]
    fn a_korean_read_also_box_between_paragraphs_goes_and_prose_with_its_words_stays() {
        check_box_between(
            &[
                "정부는 화요일 가뭄 피해를 입은 농가를 지원하기 위한 대책을 발표했으며, 남부 지역에서는 몇 달째 비가 내리지 않아 많은 농가가 수확을 잃었다.",
                "함께 보면 좋은 기사를 고르는 일은 편집자의 몫이라며, 장관은 농민들에게 지원 제도를 자세히 알리겠다고 밝혔다.",
                "수정 예산안에 따르면 지원금은 다음 달 피해가 가장 큰 농가에 먼저 지급되고, 신청 서류는 각 지역 사무소에서 신속하게 심사될 예정이다.",
                "야당은 지원 규모가 너무 작다고 비판했다.",
            ],
            &["함께 보면 좋은 기사", "전세 사기 피해 지원 확대"],
        );
    }

    #[test]
    fn line_and_qq_share_buttons_go_and_prose_with_their_names_stays() {
        // A share bar over the article, each button on its line.
        let check_bar_over = |bar: &[&str], prose: &[&str]| {
            let page: String = bar.iter().chain(prose).map(|l| format!("{l}\n")).collect();
            let out = Pipeline::default().clean(&page);
            assert_eq!(out.text(), prose.join("\n\n") + "\n", "{:#?}", out.report());
        };
        check_bar_over(
            &["シェア", "Facebook", "X", "LINE"],
            &[
                "政府は火曜日、干ばつの影響を受けた農家を支援するための一連の対策を発表した。南部では数か月にわたって雨が降っていない。",
                "大臣はLINEでも情報を発信すると述べ、支援金は来月、最も被害の大きい農場に支払われる予定だという。",
                "野党からは財源の説明が不十分だとの批判が出ているが、政府は来年度から順次実施する方針だ。",
            ],
        );
        check_bar_over(
            &["分享到", "微信", "微博", "QQ空间"],
            &[
                "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失。",
                "不少农民在QQ空间里分享了受灾的照片，部长表示，补贴将在下个月发放给受灾最严重的农场。",
                "专家认为，这些措施来得太晚了，但也有人认为政府的反应已经很快，希望补贴能够尽快发放到农户手中。",
            ],
        );
        // The English word, in a sentence or opening one, stays.
        check_bar_over(
            &["Share", "Facebook", "X"],
            &[
                "The city council on Tuesday approved a plan to extend the tram network to six outer districts by the end of next year.",
                "Line 5 will close for two weeks in March while the new tracks are laid, the transit authority said.",
                "Riders waited in a long line at the main station on Wednesday, and the mayor promised more trains.",
                "Line closures",
                "Two more lines will close in the summer, and buses will run in their place for a month.",
            ],
        );
    }

    #[test]
    fn russian_furniture_goes_and_russian_prose_stays() {
        check(
            &[
                "Правительство во вторник объявило о мерах поддержки фермеров, пострадавших от засухи, которая продолжается на юге страны уже несколько месяцев.",
                "Читайте также мнение министра: по его словам, выплаты начнутся в следующем месяце, а заявки будут рассматривать быстро и без лишних бумаг.",
                "Опубликовано постановление будет на следующей неделе, после того как его одобрят в парламенте и в региональных администрациях.",
            ],
            &["Поделиться", "Опубликовано 15 января 2024, 10:30", "Читайте также", "Все права защищены"],
        );
    }

    #[test]
    fn hindi_furniture_goes_and_hindi_prose_stays() {
        check(
            &[
                "सरकार ने मंगलवार को सूखे से प्रभावित किसानों की मदद के लिए कई उपायों की घोषणा की, क्योंकि दक्षिण में कई महीनों से बारिश नहीं हुई है।",
                "मंत्री ने कहा कि सहायता राशि अगले महीने सबसे ज्यादा प्रभावित खेतों को दी जाएगी और आवेदनों की जांच जल्दी की जाएगी।",
                "ये भी पढ़ें जैसी अपील के साथ मंत्री ने किसानों से कहा कि वे नई योजना की पूरी जानकारी अपने जिले के दफ्तर से लें।",
            ],
            &["शेयर करें", "ये भी पढ़ें", "सर्वाधिकार सुरक्षित"],
        );
    }

    #[test]
    fn turkish_furniture_goes_and_turkish_prose_stays() {
        check(
            &[
                "Hükümet salı günü, güneyde aylardır süren kuraklıktan etkilenen çiftçilere destek olmak için bir dizi önlem açıkladı.",
                "Yorumlar arasında en çok dikkat çekeni, yardımların gelecek ay en çok etkilenen çiftliklere ödeneceğini söyleyen bakanınki oldu.",
                "Bakan, başvuruların hızla inceleneceğini ve ilgili haberler çıktıkça çiftçilerin bilgilendirileceğini söyledi.",
            ],
            &["Paylaş", "İlgili Haberler", "Yayınlanma: 15.01.2024 10:30", "Tüm hakları saklıdır."],
        );
    }

    #[test]
    fn indonesian_furniture_goes_and_indonesian_prose_stays() {
        check(
            &[
                "Pemerintah pada hari Selasa mengumumkan serangkaian langkah untuk membantu petani yang terdampak kekeringan yang sudah berlangsung berbulan-bulan.",
                "Menurut menteri, bantuan akan dibayarkan bulan depan kepada lahan yang paling parah terdampak, dan berkas akan diperiksa dengan cepat.",
                "Komentar menteri itu disambut baik oleh para petani, yang berharap bantuan serupa juga diberikan pada tahun depan.",
            ],
            &[
                "Bagikan",
                "Baca juga: Harga Beras Naik Lagi",
                "Senin, 15 Januari 2024 10:30 WIB",
                "Hak Cipta Dilindungi Undang-Undang",
            ],
        );
    }

    #[test]
    fn persian_furniture_goes_and_persian_prose_stays() {
        check(
            &[
                "دولت روز سه‌شنبه مجموعه‌ای از اقدامات را برای کمک به کشاورزانی که از خشکسالی چند ماهه در جنوب کشور آسیب دیده‌اند اعلام کرد.",
                "نظرات کارشناسان درباره این طرح متفاوت است، اما بیشتر آنها می‌گویند کمک‌ها باید زودتر به دست کشاورزان برسد.",
                "به گفته وزیر، کمک‌ها ماه آینده به مزارعی که بیشترین آسیب را دیده‌اند پرداخت می‌شود و درخواست‌ها به سرعت بررسی خواهد شد.",
            ],
            &["اشتراک گذاری", "اخبار مرتبط", "کلیه حقوق این سایت محفوظ است"],
        );
    }
}
