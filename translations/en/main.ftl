# UI strings of the default theme (English, the source language).
# Translators: keep every key; translate the text after "=".
# { $name } placeholders are filled in by the site; keep them as they are.

site-name = Three steps for baby safety
site-tagline = Safer sleep · Safe handling · Safe space
site-owner = Keeping Babies Safe — Derby and Derbyshire Safeguarding Children Partnership

skip-to-content = Skip to main content
nav-main = Main menu
nav-menu-button = Menu
nav-language = Language
nav-language-current = { $language } (this page)
nav-breadcrumbs = You are here
nav-home = Home
nav-section = In this section
toc-title = On this page

notice-fallback-title = Not yet translated
notice-fallback = This page is not yet available in { $language }. It is shown in English until a translation is ready.
notice-outdated-title = Translation out of date
notice-outdated = The English page has changed since this translation was made. Some advice here may be out of date.
notice-outdated-since = The English page was last changed on { $date }.
notice-outdated-link = Read the current English page
notice-unreviewed-title = Translation not yet checked
notice-unreviewed = This translation has not yet been checked by a qualified translator. If anything is unclear, ask your midwife or health visitor.

last-reviewed = Last reviewed: { $date }
short-link = Short link to this page
page-url-print = This page online:
resources-title = Resources to download and print
sms-title = Suggested text message
section-pages = Pages in this section

help-strip-title = Need help now?
help-strip-emergency = In an emergency, call 999.
help-strip-urgent = For urgent advice day or night, call NHS 111.
help-strip-link = Where to get help

# The emergency line above every page title: 999 and NHS 111 are added by the theme.
emergency-label = Emergency numbers
emergency-999 = Emergency
emergency-111 = Advice
emergency-help = Help
# Said after a link to another website (hidden on screen, read by screen readers).
link-external = (another website)

footer-note = This site gives general safety advice. It does not replace advice from your midwife, health visitor or GP.
footer-languages = This site in other languages

chooser-title = Choose your language
chooser-intro = Advice to keep your baby safe, in your language.

not-found-title = Page not found
not-found-text = Sorry, we cannot find that page.
not-found-home = Go to the home page

redirect-title = Opening: { $title }
redirect-text = If the page does not open, tap this link:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] January
         [2] February
         [3] March
         [4] April
         [5] May
         [6] June
         [7] July
         [8] August
         [9] September
         [10] October
         [11] November
        *[12] December
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = Links for SMS and the red book
links-description = Short links, suggested text messages and QR codes for every parent page, to send to families or print.
links-intro = For practitioners: the short link of each parent page in this language, a suggested text message to send with it, and its QR code to download or print.
links-col-page = Page
links-col-short = Short link
links-col-sms = Text message
links-col-qr = QR code
links-sms-count = { $characters } characters, { $segments ->
        [one] one text message
       *[other] { $segments } text messages
    }
links-copy = Copy message
links-copied = Copied
links-no-sms = No suggested message yet.
links-download-svg = QR code (SVG)
links-download-png = QR code (PNG)
links-redbook-link = Printable QR sheet for the red book
redbook-title = QR codes for the red book
redbook-description = A sheet of QR codes for the parent pages, to print on A4 and keep in the baby's red book.
redbook-intro = Point your phone's camera at a code to open the advice in this language.
redbook-qr-alt = QR code for: { $title }
redbook-pdf-link = QR sheet to print (PDF, A4)

# PDF leaflets (/leaflets/<lang>/<page>.pdf) and the links to them.
leaflet-download = Leaflet to print (PDF, A4)
links-col-leaflet = Leaflet
leaflet-scan = Scan the code or type:
leaflet-also = Also in your language:

search-title = Search
search-description = Search the baby safety advice on this site.
search-label = What are you looking for?
search-header-label = Search this site
search-button = Search
search-count = Results: { $count }
search-none = No pages found. Try another word or a shorter word, or choose from the topics below.
search-corrected = Showing results for “{ $query }”.
search-exact = Search instead for “{ $query }”
search-suggest = Did you mean:
search-english-heading = Results in English
search-english-count = Nothing found in your language. Results in English: { $count }
search-topics-title = All topics, A to Z
search-unavailable = Search could not load. Please choose from the topics below.

app-short-name = Three steps
offline-title = No signal
offline-description = What to read when this device has no internet connection.
offline-intro = This page could not be loaded: there is no internet connection, and it is not saved on this device.
offline-saved-title = Saved on this device
offline-saved-note = Once you have opened this site with a signal, these pages open without one:
offline-retry = When you have a signal again, go back and reload the page.

# The champions' toolkit: downloads and the download-everything bundle.
toolkit-bundle-title = The whole toolkit in one download
toolkit-bundle-intro = One ZIP file with everything to print and share in this language: leaflets, posters, the red book QR sheet and the QR codes.
toolkit-bundle-link = Download the toolkit in { $language }
toolkit-inside = What is inside
toolkit-inside-qr = The QR code of every short link, as PNG and SVG
toolkit-inside-contents = A list of the files (contents.txt)
toolkit-all-link = Every download in every language, with its format and size
toolkit-all-title = Every download, by language
toolkit-all-intro = Each file is printable on A4 unless it says otherwise. The QR codes of each page are on the links page:
toolkit-col-file = File
toolkit-col-format = Format
toolkit-col-size = Size
toolkit-contents-title = The toolkit in { $language }: every file in this ZIP
download-bundle = The whole toolkit in { $language } (ZIP)
download-leaflet = Leaflet: { $title }
download-red-book = QR codes for the red book (sheet)
download-poster = Poster: { $title }
download-slides = Slides: { $title }
download-qr-png = QR code (PNG): { $title }
download-qr-svg = QR code (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, 16:9 slides
download-format-png = PNG image
download-format-svg = SVG image
download-size-kb = { $size } KB
download-size-mb = { $whole }.{ $tenth } MB
