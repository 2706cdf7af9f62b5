//! A small word-level diff for translators: what changed in a source page
//! since it was translated. Paragraphs are compared first, then words inside
//! changed paragraphs, so the output stays readable.

/// One step of a diff between two sequences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<T> {
    Same(T),
    Removed(T),
    Added(T),
}

/// The steps from `old` to `new` (Myers' diff, by the `similar` crate: no
/// table the size of both texts).
pub fn diff<T: Ord + std::hash::Hash + Clone>(old: &[T], new: &[T]) -> Vec<Step<T>> {
    use similar::{capture_diff_slices, Algorithm, DiffOp};
    let mut steps = Vec::with_capacity(old.len().max(new.len()));
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                steps.extend(old[old_index..old_index + len].iter().cloned().map(Step::Same))
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                steps.extend(old[old_index..old_index + old_len].iter().cloned().map(Step::Removed))
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                steps.extend(new[new_index..new_index + new_len].iter().cloned().map(Step::Added))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                steps.extend(old[old_index..old_index + old_len].iter().cloned().map(Step::Removed));
                steps.extend(new[new_index..new_index + new_len].iter().cloned().map(Step::Added));
            }
        }
    }
    steps
}

/// Marks the changed words of one paragraph: `[-old words-]{+new words+}`.
pub fn word_diff(old: &str, new: &str) -> String {
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let mut out = Vec::new();
    let mut removed = Vec::new();
    let mut added = Vec::new();
    let flush = |out: &mut Vec<String>, removed: &mut Vec<&str>, added: &mut Vec<&str>| {
        if !removed.is_empty() {
            out.push(format!("[-{}-]", removed.join(" ")));
            removed.clear();
        }
        if !added.is_empty() {
            out.push(format!("{{+{}+}}", added.join(" ")));
            added.clear();
        }
    };
    for step in diff(&old_words, &new_words) {
        match step {
            Step::Same(word) => {
                flush(&mut out, &mut removed, &mut added);
                out.push(word.to_string());
            }
            Step::Removed(word) => removed.push(word),
            Step::Added(word) => added.push(word),
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out.join(" ")
}

/// The changed paragraphs of a text, each with its words marked, or an empty
/// list when nothing changed. Unchanged paragraphs are left out.
pub fn changed_paragraphs(old: &str, new: &str) -> Vec<String> {
    let split = |text: &str| -> Vec<String> {
        text.split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect()
    };
    let (old, new) = (split(old), split(new));
    let mut out = Vec::new();
    let steps = diff(&old, &new);
    let mut k = 0;
    while k < steps.len() {
        match &steps[k] {
            Step::Same(_) => k += 1,
            _ => {
                // A run of removed and added paragraphs: pair them up for word diffs.
                let mut removed = Vec::new();
                let mut added = Vec::new();
                while k < steps.len() && !matches!(steps[k], Step::Same(_)) {
                    match &steps[k] {
                        Step::Removed(p) => removed.push(p.clone()),
                        Step::Added(p) => added.push(p.clone()),
                        Step::Same(_) => {}
                    }
                    k += 1;
                }
                for i in 0..removed.len().max(added.len()) {
                    let old_p = removed.get(i).map_or("", String::as_str);
                    let new_p = added.get(i).map_or("", String::as_str);
                    out.push(word_diff(old_p, new_p));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_words() {
        assert_eq!(
            word_diff("a survey of parents", "a local audit of parents"),
            "a [-survey-] {+local audit+} of parents"
        );
        assert_eq!(word_diff("same", "same"), "same");
    }

    #[test]
    fn lists_only_changed_paragraphs() {
        let old = "First para.\n\nSecond para stays.\n\nThird old.";
        let new = "First para.\n\nSecond para stays.\n\nThird new.\n\nA fourth.";
        assert_eq!(changed_paragraphs(old, new), ["Third [-old.-] {+new.+}", "{+A fourth.+}"]);
        assert!(changed_paragraphs(old, old).is_empty());
    }
}
