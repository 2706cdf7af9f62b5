# ਡਿਫ਼ਾਲਟ ਥੀਮ ਦੀਆਂ UI ਸਤਰਾਂ (ਪੰਜਾਬੀ, ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਅਨੁਵਾਦ)।
# UI strings of the default theme (Punjabi, translated from English).
# Translators: keep every key; translate the text after "=".
# { $name } placeholders are filled in by the site; keep them as they are.

site-name = ਬੱਚੇ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਤਿੰਨ ਕਦਮ
site-tagline = ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਨੀਂਦ · ਸੁਰੱਖਿਅਤ ਸੰਭਾਲ · ਸੁਰੱਖਿਅਤ ਥਾਂ
site-owner = Keeping Babies Safe — ਡਰਬੀ ਅਤੇ ਡਰਬੀਸ਼ਾਇਰ ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਭਾਈਵਾਲੀ

skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
nav-main = ਮੁੱਖ ਮੀਨੂ
nav-menu-button = ਮੀਨੂ
nav-language = ਭਾਸ਼ਾ
nav-language-current = { $language } (ਇਹ ਪੰਨਾ)
nav-breadcrumbs = ਤੁਸੀਂ ਇੱਥੇ ਹੋ
nav-home = ਮੁੱਖ ਪੰਨਾ
nav-section = ਇਸ ਭਾਗ ਵਿੱਚ
toc-title = ਇਸ ਪੰਨੇ 'ਤੇ

notice-fallback-title = ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
notice-fallback = ਇਹ ਪੰਨਾ ਅਜੇ { $language } ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਅਨੁਵਾਦ ਤਿਆਰ ਹੋਣ ਤੱਕ ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
notice-outdated-title = ਅਨੁਵਾਦ ਪੁਰਾਣਾ ਹੋ ਗਿਆ ਹੈ
notice-outdated = ਇਹ ਅਨੁਵਾਦ ਕਰਨ ਤੋਂ ਬਾਅਦ ਅੰਗਰੇਜ਼ੀ ਪੰਨਾ ਬਦਲ ਗਿਆ ਹੈ। ਇੱਥੇ ਦਿੱਤੀ ਕੁਝ ਸਲਾਹ ਪੁਰਾਣੀ ਹੋ ਸਕਦੀ ਹੈ।
notice-outdated-since = ਅੰਗਰੇਜ਼ੀ ਪੰਨਾ ਆਖਰੀ ਵਾਰ { $date } ਨੂੰ ਬਦਲਿਆ ਗਿਆ ਸੀ।
notice-outdated-link = ਮੌਜੂਦਾ ਅੰਗਰੇਜ਼ੀ ਪੰਨਾ ਪੜ੍ਹੋ
notice-unreviewed-title = ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ
notice-unreviewed = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਵੱਲੋਂ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਗਈ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ, ਤਾਂ ਆਪਣੀ ਮਿਡਵਾਈਫ਼ ਜਾਂ ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਨੂੰ ਪੁੱਛੋ।

last-reviewed = ਆਖਰੀ ਸਮੀਖਿਆ: { $date }
short-link = ਇਸ ਪੰਨੇ ਦਾ ਛੋਟਾ ਲਿੰਕ
page-url-print = ਇਹ ਪੰਨਾ ਔਨਲਾਈਨ:
resources-title = ਡਾਊਨਲੋਡ ਕਰਨ ਅਤੇ ਛਾਪਣ ਲਈ ਸਰੋਤ
sms-title = ਸੁਝਾਇਆ ਗਿਆ ਟੈਕਸਟ ਮੈਸੇਜ
section-pages = ਇਸ ਭਾਗ ਦੇ ਪੰਨੇ

help-strip-title = ਕੀ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
help-strip-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ, 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
help-strip-urgent = ਦਿਨ ਜਾਂ ਰਾਤ ਜ਼ਰੂਰੀ ਸਲਾਹ ਲਈ, NHS 111 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
help-strip-link = ਮਦਦ ਕਿੱਥੋਂ ਲਈਏ

emergency-label = ਐਮਰਜੈਂਸੀ ਨੰਬਰ
emergency-999 = ਐਮਰਜੈਂਸੀ
emergency-111 = ਸਲਾਹ
emergency-help = ਮਦਦ
link-external = (ਦੂਜੀ ਵੈੱਬਸਾਈਟ)

footer-note = ਇਹ ਸਾਈਟ ਸੁਰੱਖਿਆ ਬਾਰੇ ਆਮ ਸਲਾਹ ਦਿੰਦੀ ਹੈ। ਇਹ ਤੁਹਾਡੀ ਮਿਡਵਾਈਫ਼, ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਜਾਂ GP ਦੀ ਸਲਾਹ ਦੀ ਥਾਂ ਨਹੀਂ ਲੈਂਦੀ।
footer-languages = ਇਹ ਸਾਈਟ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ

chooser-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
chooser-intro = ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਸਲਾਹ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ।

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਮਾਫ਼ ਕਰਨਾ, ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਲੱਭ ਰਿਹਾ।
not-found-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

redirect-title = ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ: { $title }
redirect-text = ਜੇ ਪੰਨਾ ਨਹੀਂ ਖੁੱਲ੍ਹਦਾ, ਤਾਂ ਇਸ ਲਿੰਕ 'ਤੇ ਟੈਪ ਕਰੋ:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] ਜਨਵਰੀ
         [2] ਫ਼ਰਵਰੀ
         [3] ਮਾਰਚ
         [4] ਅਪ੍ਰੈਲ
         [5] ਮਈ
         [6] ਜੂਨ
         [7] ਜੁਲਾਈ
         [8] ਅਗਸਤ
         [9] ਸਤੰਬਰ
         [10] ਅਕਤੂਬਰ
         [11] ਨਵੰਬਰ
        *[12] ਦਸੰਬਰ
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = ਟੈਕਸਟ ਮੈਸੇਜ ਅਤੇ ਲਾਲ ਕਿਤਾਬ (Red Book) ਲਈ ਲਿੰਕ
links-description = ਮਾਪਿਆਂ ਲਈ ਹਰ ਪੰਨੇ ਦੇ ਛੋਟੇ ਲਿੰਕ, ਸੁਝਾਏ ਗਏ ਟੈਕਸਟ ਮੈਸੇਜ ਅਤੇ QR ਕੋਡ, ਪਰਿਵਾਰਾਂ ਨੂੰ ਭੇਜਣ ਜਾਂ ਛਾਪਣ ਲਈ।
links-intro = ਪੇਸ਼ੇਵਰਾਂ ਲਈ: ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਮਾਪਿਆਂ ਲਈ ਹਰ ਪੰਨੇ ਦਾ ਛੋਟਾ ਲਿੰਕ, ਉਸ ਨਾਲ ਭੇਜਣ ਲਈ ਇੱਕ ਸੁਝਾਇਆ ਗਿਆ ਟੈਕਸਟ ਮੈਸੇਜ, ਅਤੇ ਡਾਊਨਲੋਡ ਕਰਨ ਜਾਂ ਛਾਪਣ ਲਈ ਉਸ ਪੰਨੇ ਦਾ QR ਕੋਡ।
links-col-page = ਪੰਨਾ
links-col-short = ਛੋਟਾ ਲਿੰਕ
links-col-sms = ਟੈਕਸਟ ਮੈਸੇਜ
links-col-qr = QR ਕੋਡ
links-sms-count = { $characters } ਅੱਖਰ, { $segments ->
        [one] { $segments } ਟੈਕਸਟ ਮੈਸੇਜ
       *[other] { $segments } ਟੈਕਸਟ ਮੈਸੇਜ
    }
links-copy = ਮੈਸੇਜ ਕਾਪੀ ਕਰੋ
links-copied = ਕਾਪੀ ਹੋ ਗਿਆ
links-no-sms = ਅਜੇ ਕੋਈ ਸੁਝਾਇਆ ਗਿਆ ਮੈਸੇਜ ਨਹੀਂ ਹੈ।
links-download-svg = QR ਕੋਡ (SVG)
links-download-png = QR ਕੋਡ (PNG)
links-redbook-link = ਲਾਲ ਕਿਤਾਬ ਲਈ QR ਕੋਡਾਂ ਦੀ ਸ਼ੀਟ, ਛਾਪਣ ਲਈ
redbook-title = ਲਾਲ ਕਿਤਾਬ (Red Book) ਲਈ QR ਕੋਡ
redbook-description = ਮਾਪਿਆਂ ਵਾਲੇ ਪੰਨਿਆਂ ਦੇ QR ਕੋਡਾਂ ਦੀ ਇੱਕ ਸ਼ੀਟ, A4 'ਤੇ ਛਾਪ ਕੇ ਬੱਚੇ ਦੀ ਲਾਲ ਕਿਤਾਬ (Red Book) ਵਿੱਚ ਰੱਖਣ ਲਈ।
redbook-intro = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਸਲਾਹ ਖੋਲ੍ਹਣ ਲਈ ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਕਿਸੇ ਕੋਡ ਵੱਲ ਕਰੋ।
redbook-qr-alt = ਇਸ ਪੰਨੇ ਦਾ QR ਕੋਡ: { $title }
redbook-pdf-link = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ QR ਕੋਡ ਸ਼ੀਟ (PDF, A4)

leaflet-download = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਪਰਚਾ (PDF, A4)
links-col-leaflet = ਪਰਚਾ
leaflet-scan = ਕੋਡ ਸਕੈਨ ਕਰੋ ਜਾਂ ਇਹ ਪਤਾ ਲਿਖੋ:
leaflet-also = ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀ:

search-title = ਖੋਜ
search-description = ਇਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਬੱਚੇ ਦੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਸਲਾਹ ਲੱਭੋ।
search-label = ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ?
search-header-label = ਇਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਖੋਜੋ
search-button = ਖੋਜੋ
search-count = ਨਤੀਜੇ: { $count }
search-none = ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਹੋਰ ਜਾਂ ਛੋਟਾ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵਿਸ਼ਿਆਂ ਵਿੱਚੋਂ ਚੁਣੋ।
search-corrected = “{ $query }” ਲਈ ਨਤੀਜੇ ਦਿਖਾਏ ਜਾ ਰਹੇ ਹਨ।
search-exact = ਇਸ ਦੀ ਥਾਂ “{ $query }” ਖੋਜੋ
search-suggest = ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ਸੀ:
search-english-heading = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਨਤੀਜੇ
search-english-count = ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ। ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਨਤੀਜੇ: { $count }
search-topics-title = ਸਾਰੇ ਵਿਸ਼ੇ, ੳ ਤੋਂ ੜ ਤੱਕ
search-unavailable = ਖੋਜ ਚਾਲੂ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਦਿੱਤੇ ਵਿਸ਼ਿਆਂ ਵਿੱਚੋਂ ਚੁਣੋ।

app-short-name = ਤਿੰਨ ਕਦਮ
offline-title = ਸਿਗਨਲ ਨਹੀਂ ਹੈ
offline-description = ਜਦੋਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇੰਟਰਨੈੱਟ ਨਾ ਹੋਵੇ ਤਾਂ ਕੀ ਪੜ੍ਹਿਆ ਜਾ ਸਕਦਾ ਹੈ।
offline-intro = ਇਹ ਪੰਨਾ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਿਆ: ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਹ ਪੰਨਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਨਹੀਂ ਹੈ।
offline-saved-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੇ ਹੋਏ
offline-saved-note = ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਸਾਈਟ ਇੱਕ ਵਾਰ ਸਿਗਨਲ ਨਾਲ ਖੋਲ੍ਹ ਲੈਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਪੰਨੇ ਸਿਗਨਲ ਤੋਂ ਬਿਨਾਂ ਵੀ ਖੁੱਲ੍ਹਦੇ ਹਨ:
offline-retry = ਜਦੋਂ ਸਿਗਨਲ ਵਾਪਸ ਆ ਜਾਵੇ, ਤਾਂ ਵਾਪਸ ਜਾ ਕੇ ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ।

# ਚੈਂਪੀਅਨਾਂ ਦੀ ਟੂਲਕਿੱਟ: ਡਾਊਨਲੋਡ ਅਤੇ ਸਭ ਕੁਝ ਇੱਕੋ ਫ਼ਾਈਲ ਵਿੱਚ।
toolkit-bundle-title = ਪੂਰੀ ਟੂਲਕਿੱਟ ਇੱਕੋ ਡਾਊਨਲੋਡ ਵਿੱਚ
toolkit-bundle-intro = ਇੱਕ ZIP ਫ਼ਾਈਲ, ਜਿਸ ਵਿੱਚ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਛਾਪਣ ਅਤੇ ਵੰਡਣ ਲਈ ਸਭ ਕੁਝ ਹੈ: ਪਰਚੇ, ਪੋਸਟਰ, ਰੈੱਡ ਬੁੱਕ ਲਈ QR ਕੋਡਾਂ ਦੀ ਸ਼ੀਟ ਅਤੇ QR ਕੋਡ।
toolkit-bundle-link = ਟੂਲਕਿੱਟ ਡਾਊਨਲੋਡ ਕਰੋ: { $language }
toolkit-inside = ਇਸ ਵਿੱਚ ਕੀ ਹੈ
toolkit-inside-qr = ਹਰ ਛੋਟੇ ਲਿੰਕ ਦਾ QR ਕੋਡ, PNG ਅਤੇ SVG ਵਿੱਚ
toolkit-inside-contents = ਫ਼ਾਈਲਾਂ ਦੀ ਸੂਚੀ (contents.txt)
toolkit-all-link = ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ ਸਾਰੇ ਡਾਊਨਲੋਡ, ਉਹਨਾਂ ਦੇ ਫ਼ਾਰਮੈਟ ਅਤੇ ਆਕਾਰ ਸਮੇਤ
toolkit-all-title = ਸਾਰੇ ਡਾਊਨਲੋਡ, ਭਾਸ਼ਾ ਅਨੁਸਾਰ
toolkit-all-intro = ਹਰ ਫ਼ਾਈਲ A4 ਉੱਤੇ ਛਾਪੀ ਜਾ ਸਕਦੀ ਹੈ, ਜਦ ਤੱਕ ਕੁਝ ਹੋਰ ਨਾ ਲਿਖਿਆ ਹੋਵੇ। ਹਰ ਪੰਨੇ ਦੇ QR ਕੋਡ ਲਿੰਕਾਂ ਵਾਲੇ ਪੰਨੇ ਉੱਤੇ ਹਨ:
toolkit-col-file = ਫ਼ਾਈਲ
toolkit-col-format = ਫ਼ਾਰਮੈਟ
toolkit-col-size = ਆਕਾਰ
toolkit-contents-title = ਟੂਲਕਿੱਟ ({ $language }): ਇਸ ZIP ਦੀਆਂ ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ
download-bundle = ਪੂਰੀ ਟੂਲਕਿੱਟ: { $language } (ZIP)
download-leaflet = ਪਰਚਾ: { $title }
download-red-book = ਰੈੱਡ ਬੁੱਕ ਲਈ QR ਕੋਡ (ਸ਼ੀਟ)
download-poster = ਪੋਸਟਰ: { $title }
download-slides = ਸਲਾਈਡਾਂ: { $title }
download-qr-png = QR ਕੋਡ (PNG): { $title }
download-qr-svg = QR ਕੋਡ (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, 16:9 ਸਲਾਈਡਾਂ
download-format-png = PNG ਤਸਵੀਰ
download-format-svg = SVG ਤਸਵੀਰ
download-size-kb = { $size } KB
download-size-mb = { $whole }.{ $tenth } MB
