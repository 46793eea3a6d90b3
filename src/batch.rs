//! Cleaning many documents at once: [`Pipeline::clean_batch`] and
//! [`Pipeline::map_batch`].
//!
//! With the `rayon` feature, documents are cleaned in parallel on the
//! current rayon thread pool (the global pool, or the one you
//! [`install`](https://docs.rs/rayon/latest/rayon/struct.ThreadPool.html#method.install));
//! without it, one after the other on the calling thread. Either way the
//! results come back in input order, and the signatures are the same, so
//! switching the feature on never breaks a caller.
//!
//! Documents are independent: there is no shared state between them but
//! the pipeline itself, which is read-only, so the work scales with the
//! number of cores as long as there are more documents than threads.
//!
//! # Memory
//!
//! Each thread cleans one document at a time. While it does, it holds the
//! document's line table (one entry of about 70 bytes per non-blank line),
//! the folded prefix of every line (at most as large as the document) and
//! the result (the kept text, at most as large as the document, plus one
//! report entry per removal). For ordinary text (lines of a sentence or
//! more) that is two to three times the document's size, and it is freed as
//! soon as the document is done. What stays is what you keep: the results.
//! To bound memory on a stream of any length, feed it in chunks (as the
//! `newsclean --jsonl` command does) and keep only what you need from each
//! result with [`Pipeline::map_batch`].

use crate::pipeline::{Cleaned, Pipeline};

impl Pipeline {
    /// Cleans every document of `docs`; the results are in the same order.
    ///
    /// Runs in parallel with the `rayon` feature (see the
    /// [module docs](crate::batch)), sequentially without it.
    ///
    /// ```
    /// use newsclean::Pipeline;
    ///
    /// let pipeline = Pipeline::default();
    /// let pages = [
    ///     "Advertisement\nThe council approved the budget on Tuesday evening.\n",
    ///     "Share on Facebook\nRain is expected across the region this weekend.\n",
    /// ];
    /// let cleaned = pipeline.clean_batch(&pages);
    /// assert_eq!(cleaned.len(), 2);
    /// assert_eq!(cleaned[0].text(), "The council approved the budget on Tuesday evening.\n");
    /// assert_eq!(cleaned[1].text(), "Rain is expected across the region this weekend.\n");
    /// ```
    pub fn clean_batch<T>(&self, docs: &[T]) -> Vec<Cleaned>
    where
        T: AsRef<str> + Sync,
    {
        self.map_batch(docs, |pipeline, doc| pipeline.clean(doc.as_ref()))
    }

    /// Runs `f` with this pipeline on every item of `items` and returns what
    /// it returns, in the same order: clean records that are not bare
    /// strings, and keep only what you need from each [`Cleaned`] so that
    /// memory stays bounded by what you keep.
    ///
    /// Runs in parallel with the `rayon` feature (see the
    /// [module docs](crate::batch)), sequentially without it.
    ///
    /// ```
    /// use newsclean::Pipeline;
    ///
    /// struct Page {
    ///     url: &'static str,
    ///     text: &'static str,
    /// }
    ///
    /// let pages = [
    ///     Page { url: "https://example.com/a", text: "Tweet\nThe mayor opened the new bridge on Monday morning.\n" },
    ///     Page { url: "https://example.com/b", text: "The museum reopens next month after a long renovation.\n" },
    /// ];
    /// let pipeline = Pipeline::default();
    /// let out: Vec<(&str, String, usize)> = pipeline.map_batch(&pages, |p, page| {
    ///     let cleaned = p.clean(page.text);
    ///     let removed = cleaned.report().len();
    ///     (page.url, cleaned.into_text(), removed)
    /// });
    /// assert_eq!(out[0], ("https://example.com/a", "The mayor opened the new bridge on Monday morning.\n".to_owned(), 1));
    /// assert_eq!(out[1].2, 0);
    /// ```
    pub fn map_batch<T, R, F>(&self, items: &[T], f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&Pipeline, &T) -> R + Sync,
    {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            items.par_iter().map(|item| f(self, item)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            items.iter().map(|item| f(self, item)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;

    #[test]
    fn batch_results_match_one_by_one_in_order() {
        let pipeline = Pipeline::default();
        let pages: Vec<String> = (0..50)
            .map(|i| {
                format!("Advertisement\nStory number {i} tells of a council that met on Tuesday evening.\nShare\n")
            })
            .collect();
        let batch = pipeline.clean_batch(&pages);
        let one_by_one: Vec<_> = pages.iter().map(|p| pipeline.clean(p)).collect();
        assert_eq!(batch, one_by_one);
        assert!(pipeline.clean_batch::<&str>(&[]).is_empty());
    }
}
