//! SMS segment counting: 160 GSM-7 characters a segment, or 70 when the
//! text needs UCS-2 (any character outside the GSM-7 alphabet).

/// The GSM 03.38 basic character set.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Characters that take two septets (escape + char).
const GSM7_EXTENDED: &str = "^{}\\[~]|€\u{c}";

/// How a text is encoded in an SMS and how many segments it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsCount {
    pub gsm7: bool,
    /// Characters (GSM-7 septets, or UTF-16 code units for UCS-2).
    pub units: usize,
    pub segments: usize,
}

pub fn count(text: &str) -> SmsCount {
    let gsm7 = text.chars().all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENDED.contains(c));
    let units = if gsm7 {
        text.chars().map(|c| if GSM7_EXTENDED.contains(c) { 2 } else { 1 }).sum()
    } else {
        text.encode_utf16().count()
    };
    let (single, multi) = if gsm7 { (160, 153) } else { (70, 67) };
    let segments = if units == 0 {
        0
    } else if units <= single {
        1
    } else {
        units.div_ceil(multi)
    };
    SmsCount { gsm7, units, segments }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm_and_ucs2_limits() {
        assert_eq!(count(&"a".repeat(160)).segments, 1);
        assert_eq!(count(&"a".repeat(161)).segments, 2);
        assert!(!count("Łóżeczko").gsm7);
        assert_eq!(count(&"ł".repeat(70)).segments, 1);
        assert_eq!(count(&"ł".repeat(71)).segments, 2);
        assert_eq!(count("€").units, 2);
    }
}
