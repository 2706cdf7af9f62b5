//! Bidirectional text: web addresses inside right-to-left text must be kept
//! left-to-right as one unit, or their slashes and dots jump about
//! (`/sleep/` shows as `sleep//`). Both the HTML (`<bdi>`) and the leaflets
//! isolate the runs found here.

/// Splits `text` into runs, marking the ones that are web addresses
/// (`nhs.uk`, `https://…`, `babysafety.example.org/ur/sleep/`).
/// Joining the runs gives back `text`.
pub fn address_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut plain_start = 0;
    let mut offset = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let trimmed = word.trim_end();
        // Sentence punctuation after an address is not part of it.
        let address = trimmed.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '،', '؛', '۔']);
        let lead = address.len() - address.trim_start_matches('(').len();
        let address = &address[lead..];
        if is_address(address) {
            let start = offset + lead;
            if start > plain_start {
                runs.push((&text[plain_start..start], false));
            }
            runs.push((&text[start..start + address.len()], true));
            plain_start = start + address.len();
        }
        offset += word.len();
    }
    if plain_start < text.len() {
        runs.push((&text[plain_start..], false));
    }
    runs
}

/// A web address: `scheme://…`, or ASCII `name.name[/…]` ending in two or more letters
/// (so `e.g.` and `2.5` are not addresses).
fn is_address(word: &str) -> bool {
    if word.contains("://") {
        return true;
    }
    let host = word.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && word.is_ascii()
}

/// True for text in a right-to-left script (Arabic, Hebrew and their relatives).
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_and_keeps_the_text() {
        let text = "معلومات في nhs.uk، وأيضاً (lullabytrust.org.uk). https://a.example/b/ ok";
        let runs = address_runs(text);
        let joined: String = runs.iter().map(|(t, _)| *t).collect();
        assert_eq!(joined, text);
        let addresses: Vec<&str> = runs.iter().filter(|(_, a)| *a).map(|(t, _)| *t).collect();
        assert_eq!(addresses, ["nhs.uk", "lullabytrust.org.uk", "https://a.example/b/"]);
    }

    #[test]
    fn numbers_and_abbreviations_are_not_addresses() {
        for text in ["16 to 20°C", "2.5 kg", "e.g. this", "NHS 111", "No. 5"] {
            assert!(address_runs(text).iter().all(|(_, a)| !a), "{text}");
        }
        assert!(has_rtl("اردو") && !has_rtl("Polski"));
    }
}
