//! Helpers of unit tests.

/// Every sequence of up to `longest` items of `alphabet` (the empty one first, then by length):
/// the texts an exhaustive test runs a rewritten function and the one it replaces on.
pub(crate) fn every_text<T: Clone>(alphabet: &[T], longest: usize) -> Vec<Vec<T>> {
    let mut texts: Vec<Vec<T>> = vec![Vec::new()];
    let mut from = 0;
    for _ in 0..longest {
        let to = texts.len();
        for t in from..to {
            for c in alphabet {
                let mut longer = texts[t].clone();
                longer.push(c.clone());
                texts.push(longer);
            }
        }
        from = to;
    }
    texts
}
