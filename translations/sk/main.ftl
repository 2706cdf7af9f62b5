# Texty používateľského rozhrania predvolenej témy (slovenčina, preložené z angličtiny).
# Prekladatelia: zachovajte každý kľúč; prekladajte len text za „=“.
# Zástupné symboly { $name } dopĺňa web; nechajte ich tak, ako sú.

site-name = Tri kroky k bezpečiu bábätka
site-tagline = Bezpečnejší spánok · Bezpečné zaobchádzanie · Bezpečný priestor
site-owner = Keeping Babies Safe — Partnerstvo pre ochranu detí v Derby a Derbyshire

skip-to-content = Preskočiť na hlavný obsah
nav-main = Hlavné menu
nav-menu-button = Menu
nav-language = Jazyk
nav-language-current = { $language } (táto stránka)
nav-breadcrumbs = Nachádzate sa tu
nav-home = Domov
nav-section = V tejto sekcii
toc-title = Na tejto stránke

notice-fallback-title = Zatiaľ nepreložené
notice-fallback = Táto stránka zatiaľ nie je dostupná v tomto jazyku ({ $language }). Kým nebude preklad hotový, zobrazuje sa v angličtine.
notice-outdated-title = Preklad nie je aktuálny
notice-outdated = Anglická stránka sa od vytvorenia tohto prekladu zmenila. Niektoré rady tu nemusia byť aktuálne.
notice-outdated-since = Anglická stránka bola naposledy zmenená { $date }.
notice-outdated-link = Prečítajte si aktuálnu anglickú stránku
notice-unreviewed-title = Preklad zatiaľ nebol skontrolovaný
notice-unreviewed = Tento preklad zatiaľ neskontroloval kvalifikovaný prekladateľ. Ak vám niečo nie je jasné, opýtajte sa svojej pôrodnej asistentky alebo patronážnej sestry (health visitor).

last-reviewed = Naposledy skontrolované: { $date }
short-link = Krátky odkaz na túto stránku
page-url-print = Táto stránka online:
resources-title = Materiály na stiahnutie a vytlačenie
sms-title = Navrhovaná textová správa (SMS)
section-pages = Stránky v tejto sekcii

help-strip-title = Potrebujete pomoc hneď?
help-strip-emergency = V núdzi volajte 999.
help-strip-urgent = Ak potrebujete naliehavú radu, vo dne aj v noci volajte NHS 111.
help-strip-link = Kde nájsť pomoc

emergency-label = Čísla tiesňového volania
emergency-999 = Tieseň
emergency-111 = Rada
emergency-help = Pomoc
link-external = (iná webová stránka)

footer-note = Tento web poskytuje všeobecné rady o bezpečnosti. Nenahrádza rady vašej pôrodnej asistentky, patronážnej sestry ani všeobecného lekára (GP).
footer-languages = Tento web v iných jazykoch

chooser-title = Vyberte si jazyk
chooser-intro = Rady, ako chrániť vaše bábätko, vo vašom jazyku.

not-found-title = Stránka sa nenašla
not-found-text = Prepáčte, túto stránku sa nám nepodarilo nájsť.
not-found-home = Prejsť na domovskú stránku

redirect-title = Otvára sa: { $title }
redirect-text = Ak sa stránka neotvorí, ťuknite na tento odkaz:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day }. { $month ->
         [1] januára
         [2] februára
         [3] marca
         [4] apríla
         [5] mája
         [6] júna
         [7] júla
         [8] augusta
         [9] septembra
         [10] októbra
         [11] novembra
        *[12] decembra
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = Odkazy pre SMS a červenú knižku (Red Book)
links-description = Krátke odkazy, navrhované textové správy a QR kódy pre každú stránku pre rodičov – na poslanie rodinám alebo na vytlačenie.
links-intro = Pre odborníkov: krátky odkaz na každú stránku pre rodičov v tomto jazyku, navrhovaná textová správa, ktorú k nemu môžete poslať, a QR kód stránky na stiahnutie alebo vytlačenie.
links-col-page = Stránka
links-col-short = Krátky odkaz
links-col-sms = Textová správa
links-col-qr = QR kód
links-sms-count = { $characters ->
        [one] { $characters } znak
        [few] { $characters } znaky
        [many] { $characters } znaku
       *[other] { $characters } znakov
    }, { $segments ->
        [one] jedna textová správa
        [few] { $segments } textové správy
        [many] { $segments } textovej správy
       *[other] { $segments } textových správ
    }
links-copy = Kopírovať správu
links-copied = Skopírované
links-no-sms = Navrhovaná správa zatiaľ nie je k dispozícii.
links-download-svg = QR kód (SVG)
links-download-png = QR kód (PNG)
links-redbook-link = Hárok s QR kódmi na vytlačenie do červenej knižky
redbook-title = QR kódy do červenej knižky
redbook-description = Hárok s QR kódmi stránok pre rodičov na vytlačenie na formát A4 a uschovanie v červenej knižke bábätka (Red Book).
redbook-intro = Namierte fotoaparát telefónu na kód a otvoria sa vám rady v tomto jazyku.
redbook-qr-alt = QR kód stránky: { $title }
redbook-pdf-link = Hárok s QR kódmi na tlač (PDF, A4)

leaflet-download = Leták na tlač (PDF, A4)
links-col-leaflet = Leták
leaflet-scan = Naskenujte kód alebo zadajte adresu:
leaflet-also = Aj vo vašom jazyku:

search-title = Hľadať
search-description = Hľadajte rady o bezpečnosti bábätka na tejto stránke.
search-label = Čo hľadáte?
search-header-label = Hľadať na tejto stránke
search-button = Hľadať
search-count = Výsledky: { $count }
search-none = Nenašli sa žiadne stránky. Skúste iné alebo kratšie slovo, alebo si vyberte tému zo zoznamu nižšie.
search-corrected = Zobrazujeme výsledky pre „{ $query }“.
search-exact = Hľadať presne „{ $query }“
search-suggest = Mali ste na mysli:
search-english-heading = Výsledky v angličtine
search-english-count = Vo vašom jazyku sa nič nenašlo. Výsledky v angličtine: { $count }
search-topics-title = Všetky témy od A po Z
search-unavailable = Vyhľadávanie sa nepodarilo spustiť. Vyberte si, prosím, tému zo zoznamu nižšie.

app-short-name = Tri kroky
offline-title = Bez signálu
offline-description = Čo si môžete prečítať, keď toto zariadenie nemá pripojenie na internet.
offline-intro = Túto stránku sa nepodarilo načítať: nie je pripojenie na internet a stránka nie je uložená v tomto zariadení.
offline-saved-title = Uložené v tomto zariadení
offline-saved-note = Keď túto stránku raz otvoríte so signálom, tieto stránky sa otvoria aj bez neho:
offline-retry = Keď budete mať znova signál, vráťte sa a stránku načítajte znova.

# Balík materiálov pre šampiónov: súbory na stiahnutie a balík so všetkým.
toolkit-bundle-title = Celý balík materiálov na jedno stiahnutie
toolkit-bundle-intro = Jeden súbor ZIP so všetkým, čo môžete vytlačiť a odovzdať v tomto jazyku: letáky, plagáty, hárok QR kódov do červenej knižky a QR kódy.
toolkit-bundle-link = Stiahnuť balík materiálov: { $language }
toolkit-inside = Čo obsahuje
toolkit-inside-qr = QR kód každého krátkeho odkazu vo formáte PNG a SVG
toolkit-inside-contents = Zoznam súborov (contents.txt)
toolkit-all-link = Všetky súbory na stiahnutie vo všetkých jazykoch, s formátom a veľkosťou
toolkit-all-title = Všetky súbory na stiahnutie podľa jazyka
toolkit-all-intro = Každý súbor sa dá vytlačiť na A4, ak nie je uvedené inak. QR kódy každej stránky sú na stránke s odkazmi:
toolkit-col-file = Súbor
toolkit-col-format = Formát
toolkit-col-size = Veľkosť
toolkit-contents-title = Balík materiálov ({ $language }): všetky súbory v tomto ZIP
download-bundle = Celý balík materiálov: { $language } (ZIP)
download-leaflet = Leták: { $title }
download-red-book = QR kódy do červenej knižky (hárok)
download-poster = Plagát: { $title }
download-slides = Prezentácia: { $title }
download-qr-png = QR kód (PNG): { $title }
download-qr-svg = QR kód (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, snímky 16:9
download-format-png = obrázok PNG
download-format-svg = obrázok SVG
download-size-kb = { $size } kB
download-size-mb = { $whole },{ $tenth } MB
