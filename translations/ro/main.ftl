# Textele interfeței temei implicite (română; traducere din engleză, limba sursă).
# Traducători: păstrați fiecare cheie; traduceți textul de după „=”.
# Substituenții { $name } sunt completați de site; păstrați-i exact așa.

site-name = Trei pași pentru siguranța bebelușului
site-tagline = Somn mai sigur · Manevrare sigură · Spațiu sigur
site-owner = Keeping Babies Safe — Parteneriatul pentru protecția copiilor din Derby și Derbyshire

skip-to-content = Salt la conținutul principal
nav-main = Meniul principal
nav-menu-button = Meniu
nav-language = Limba
nav-language-current = { $language } (această pagină)
nav-breadcrumbs = Vă aflați aici
nav-home = Acasă
nav-section = În această secțiune
toc-title = Pe această pagină

notice-fallback-title = Încă netradusă
notice-fallback = Această pagină nu este încă disponibilă în versiunea { $language }. Este afișată în engleză până când traducerea va fi gata.
notice-outdated-title = Traducere neactualizată
notice-outdated = Pagina în engleză s-a schimbat de când a fost făcută această traducere. Unele sfaturi de aici ar putea fi depășite.
notice-outdated-since = Pagina în engleză a fost modificată ultima dată pe { $date }.
notice-outdated-link = Citiți pagina actuală în engleză
notice-unreviewed-title = Traducere neverificată încă
notice-unreviewed = Această traducere nu a fost încă verificată de un traducător calificat. Dacă ceva nu este clar, întrebați moașa sau asistenta medicală comunitară (health visitor).

last-reviewed = Ultima revizuire: { $date }
short-link = Link scurt către această pagină
page-url-print = Această pagină online:
resources-title = Resurse de descărcat și de tipărit
sms-title = SMS sugerat
section-pages = Paginile din această secțiune

help-strip-title = Aveți nevoie de ajutor acum?
help-strip-emergency = În caz de urgență, sunați la 999.
help-strip-urgent = Pentru sfaturi urgente, zi și noapte, sunați la NHS 111.
help-strip-link = Unde găsiți ajutor

emergency-label = Numere de urgență
emergency-999 = Urgență
emergency-111 = Sfat
emergency-help = Ajutor
link-external = (alt site)

footer-note = Acest site oferă sfaturi generale de siguranță. Nu înlocuiește sfaturile moașei, ale asistentei medicale comunitare sau ale medicului de familie.
footer-languages = Acest site în alte limbi

chooser-title = Alegeți limba
chooser-intro = Sfaturi pentru siguranța bebelușului, în limba dumneavoastră.

not-found-title = Pagina nu a fost găsită
not-found-text = Ne pare rău, nu găsim această pagină.
not-found-home = Mergeți la pagina principală

redirect-title = Se deschide: { $title }
redirect-text = Dacă pagina nu se deschide, atingeți acest link:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] ianuarie
         [2] februarie
         [3] martie
         [4] aprilie
         [5] mai
         [6] iunie
         [7] iulie
         [8] august
         [9] septembrie
         [10] octombrie
         [11] noiembrie
        *[12] decembrie
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = Linkuri pentru SMS și carnetul roșu (red book)
links-description = Linkuri scurte, SMS-uri sugerate și coduri QR pentru fiecare pagină pentru părinți, de trimis familiilor sau de tipărit.
links-intro = Pentru profesioniști: linkul scurt al fiecărei pagini pentru părinți în această limbă, un SMS sugerat de trimis împreună cu linkul și codul QR al paginii, de descărcat sau de tipărit.
links-col-page = Pagina
links-col-short = Link scurt
links-col-sms = SMS
links-col-qr = Cod QR
links-sms-count = { $characters ->
        [one] { $characters } caracter
        [few] { $characters } caractere
       *[other] { $characters } de caractere
    }, { $segments ->
        [one] un SMS
        [few] { $segments } SMS-uri
       *[other] { $segments } de SMS-uri
    }
links-copy = Copiați mesajul
links-copied = Copiat
links-no-sms = Încă nu există un SMS sugerat.
links-download-svg = Cod QR (SVG)
links-download-png = Cod QR (PNG)
links-redbook-link = Foaie cu coduri QR pentru carnetul roșu, de tipărit
redbook-title = Coduri QR pentru carnetul roșu
redbook-description = O foaie cu coduri QR pentru paginile destinate părinților, de tipărit pe A4 și de păstrat în carnetul roșu al bebelușului (red book).
redbook-intro = Îndreptați camera telefonului spre un cod pentru a deschide sfaturile în această limbă.
redbook-qr-alt = Cod QR pentru: { $title }
redbook-pdf-link = Foaie cu coduri QR de tipărit (PDF, A4)

leaflet-download = Pliant de tipărit (PDF, A4)
links-col-leaflet = Pliant
leaflet-scan = Scanați codul sau scrieți adresa:
leaflet-also = Și în limba dumneavoastră:

search-title = Căutare
search-description = Căutați sfaturi despre siguranța bebelușului pe acest site.
search-label = Ce căutați?
search-header-label = Căutați pe acest site
search-button = Caută
search-count = Rezultate: { $count }
search-none = Nu am găsit nicio pagină. Încercați alt cuvânt sau un cuvânt mai scurt, sau alegeți un subiect din lista de mai jos.
search-corrected = Afișăm rezultatele pentru „{ $query }”.
search-exact = Căutați exact „{ $query }”
search-suggest = Ați vrut să căutați:
search-english-heading = Rezultate în engleză
search-english-count = Nu am găsit nimic în limba dumneavoastră. Rezultate în engleză: { $count }
search-topics-title = Toate subiectele, de la A la Z
search-unavailable = Căutarea nu a putut porni. Vă rugăm să alegeți un subiect din lista de mai jos.

app-short-name = Trei pași
offline-title = Fără semnal
offline-description = Ce puteți citi când acest dispozitiv nu are conexiune la internet.
offline-intro = Această pagină nu s-a putut deschide: nu există conexiune la internet, iar pagina nu este salvată pe acest dispozitiv.
offline-saved-title = Salvate pe acest dispozitiv
offline-saved-note = După ce ați deschis o dată acest site cu semnal, aceste pagini se deschid și fără semnal:
offline-retry = Când aveți din nou semnal, reveniți și reîncărcați pagina.

# Trusa pentru campioni: fișiere de descărcat și pachetul complet.
toolkit-bundle-title = Toată trusa într-o singură descărcare
toolkit-bundle-intro = Un singur fișier ZIP cu tot ce puteți tipări și împărți în această limbă: pliante, afișe, foaia cu coduri QR pentru cartea roșie și codurile QR.
toolkit-bundle-link = Descărcați trusa în { $language }
toolkit-inside = Ce conține
toolkit-inside-qr = Codul QR al fiecărui link scurt, în format PNG și SVG
toolkit-inside-contents = O listă a fișierelor (contents.txt)
toolkit-all-link = Toate fișierele de descărcat, în toate limbile, cu formatul și mărimea lor
toolkit-all-title = Toate fișierele de descărcat, pe limbi
toolkit-all-intro = Fiecare fișier se poate tipări pe A4, dacă nu scrie altfel. Codurile QR ale fiecărei pagini sunt pe pagina cu linkuri:
toolkit-col-file = Fișier
toolkit-col-format = Format
toolkit-col-size = Mărime
toolkit-contents-title = Trusa în { $language }: toate fișierele din acest ZIP
download-bundle = Toată trusa în { $language } (ZIP)
download-leaflet = Pliant: { $title }
download-red-book = Coduri QR pentru cartea roșie (foaie)
download-poster = Afiș: { $title }
download-slides = Prezentare: { $title }
download-qr-png = Cod QR (PNG): { $title }
download-qr-svg = Cod QR (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, diapozitive 16:9
download-format-png = imagine PNG
download-format-svg = imagine SVG
download-size-kb = { $size } KB
download-size-mb = { $whole },{ $tenth } MB
