# Texty rozhraní výchozího vzhledu (čeština, přeloženo z angličtiny).
# Překladatelé: zachovejte každý klíč; překládejte jen text za „=“.
# Zástupné symboly { $name } doplňuje web; ponechte je beze změny.

site-name = Tři kroky pro bezpečí miminka
site-tagline = Bezpečnější spánek · Bezpečné zacházení · Bezpečný prostor
site-owner = Keeping Babies Safe — Partnerství pro ochranu dětí v Derby a Derbyshiru

skip-to-content = Přejít na hlavní obsah
nav-main = Hlavní nabídka
nav-menu-button = Nabídka
nav-language = Jazyk
nav-language-current = { $language } (tato stránka)
nav-breadcrumbs = Nacházíte se zde
nav-home = Úvod
nav-section = V této sekci
toc-title = Na této stránce

notice-fallback-title = Zatím nepřeloženo
notice-fallback = Tato stránka zatím není k dispozici v jazyce { $language }. Dokud nebude hotový překlad, zobrazuje se v angličtině.
notice-outdated-title = Překlad není aktuální
notice-outdated = Anglická stránka se od vytvoření tohoto překladu změnila. Některé rady zde nemusí být aktuální.
notice-outdated-since = Anglická stránka byla naposledy změněna: { $date }.
notice-outdated-link = Přečtěte si aktuální anglickou stránku
notice-unreviewed-title = Překlad zatím nebyl zkontrolován
notice-unreviewed = Tento překlad zatím nezkontroloval kvalifikovaný překladatel. Pokud je vám něco nejasné, zeptejte se porodní asistentky nebo patronážní sestry.

last-reviewed = Naposledy zkontrolováno: { $date }
short-link = Krátký odkaz na tuto stránku
page-url-print = Tato stránka online:
resources-title = Materiály ke stažení a vytištění
sms-title = Navrhovaná textová zpráva
section-pages = Stránky v této sekci

help-strip-title = Potřebujete pomoc hned?
help-strip-emergency = V naléhavém případě volejte 999.
help-strip-urgent = Pro rychlou radu ve dne i v noci volejte NHS 111.
help-strip-link = Kde hledat pomoc

emergency-label = Čísla tísňového volání
emergency-999 = Tíseň
emergency-111 = Rada
emergency-help = Pomoc
link-external = (jiný web)

footer-note = Tento web poskytuje obecné rady k bezpečnosti. Nenahrazuje rady vaší porodní asistentky, patronážní sestry ani praktického lékaře.
footer-languages = Tento web v jiných jazycích

chooser-title = Vyberte si jazyk
chooser-intro = Rady, jak chránit vaše miminko, ve vašem jazyce.

not-found-title = Stránka nenalezena
not-found-text = Omlouváme se, tuto stránku nemůžeme najít.
not-found-home = Přejít na úvodní stránku

redirect-title = Otevírá se: { $title }
redirect-text = Pokud se stránka neotevře, klepněte na tento odkaz:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day }. { $month ->
         [1] ledna
         [2] února
         [3] března
         [4] dubna
         [5] května
         [6] června
         [7] července
         [8] srpna
         [9] září
         [10] října
         [11] listopadu
        *[12] prosince
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = Odkazy pro SMS a červenou knížku (red book)
links-description = Krátké odkazy, navrhované textové zprávy a QR kódy ke každé stránce pro rodiče – k odeslání rodinám nebo k vytištění.
links-intro = Pro odborníky: krátký odkaz na každou stránku pro rodiče v tomto jazyce, navrhovaná textová zpráva, kterou k němu můžete poslat, a QR kód stránky ke stažení nebo vytištění.
links-col-page = Stránka
links-col-short = Krátký odkaz
links-col-sms = Textová zpráva
links-col-qr = QR kód
links-sms-count = { $characters ->
        [one] { $characters } znak
        [few] { $characters } znaky
        [many] { $characters } znaku
       *[other] { $characters } znaků
    }, { $segments ->
        [one] jedna textová zpráva
        [few] { $segments } textové zprávy
        [many] { $segments } textové zprávy
       *[other] { $segments } textových zpráv
    }
links-copy = Kopírovat zprávu
links-copied = Zkopírováno
links-no-sms = Navrhovaná zpráva zatím není k dispozici.
links-download-svg = QR kód (SVG)
links-download-png = QR kód (PNG)
links-redbook-link = Arch QR kódů k vytištění do červené knížky
redbook-title = QR kódy do červené knížky
redbook-description = Arch s QR kódy stránek pro rodiče k vytištění na A4 a uložení do červené knížky miminka (red book).
redbook-intro = Namiřte fotoaparát telefonu na kód a otevřou se vám rady v tomto jazyce.
redbook-qr-alt = QR kód stránky: { $title }
redbook-pdf-link = Arch s QR kódy k tisku (PDF, A4)

leaflet-download = Leták k tisku (PDF, A4)
links-col-leaflet = Leták
leaflet-scan = Naskenujte kód nebo zadejte adresu:
leaflet-also = Také ve vašem jazyce:

search-title = Hledat
search-description = Hledejte rady o bezpečí miminka na tomto webu.
search-label = Co hledáte?
search-header-label = Hledat na tomto webu
search-button = Hledat
search-count = Výsledky: { $count }
search-none = Nenašly se žádné stránky. Zkuste jiné nebo kratší slovo, nebo si vyberte téma ze seznamu níže.
search-corrected = Zobrazujeme výsledky pro „{ $query }“.
search-exact = Hledat přesně „{ $query }“
search-suggest = Měli jste na mysli:
search-english-heading = Výsledky v angličtině
search-english-count = Ve vašem jazyce se nic nenašlo. Výsledky v angličtině: { $count }
search-topics-title = Všechna témata od A do Z
search-unavailable = Vyhledávání se nepodařilo spustit. Vyberte si prosím téma ze seznamu níže.

app-short-name = Tři kroky
offline-title = Bez signálu
offline-description = Co si můžete přečíst, když toto zařízení nemá připojení k internetu.
offline-intro = Tuto stránku se nepodařilo načíst: není připojení k internetu a stránka není uložená v tomto zařízení.
offline-saved-title = Uloženo v tomto zařízení
offline-saved-note = Jakmile tento web jednou otevřete se signálem, tyto stránky se otevřou i bez něj:
offline-retry = Až budete mít znovu signál, vraťte se a stránku načtěte znovu.

# Sada materiálů pro šampiony: soubory ke stažení a balíček se vším.
toolkit-bundle-title = Celá sada materiálů ke stažení najednou
toolkit-bundle-intro = Jeden soubor ZIP se vším, co můžete vytisknout a předat v tomto jazyce: letáky, plakáty, list QR kódů do červené knížky a QR kódy.
toolkit-bundle-link = Stáhnout sadu materiálů: { $language }
toolkit-inside = Co obsahuje
toolkit-inside-qr = QR kód každého krátkého odkazu ve formátu PNG a SVG
toolkit-inside-contents = Seznam souborů (contents.txt)
toolkit-all-link = Všechny soubory ke stažení ve všech jazycích, s formátem a velikostí
toolkit-all-title = Všechny soubory ke stažení podle jazyka
toolkit-all-intro = Každý soubor lze vytisknout na A4, pokud není uvedeno jinak. QR kódy každé stránky jsou na stránce s odkazy:
toolkit-col-file = Soubor
toolkit-col-format = Formát
toolkit-col-size = Velikost
toolkit-contents-title = Sada materiálů ({ $language }): všechny soubory v tomto ZIP
download-bundle = Celá sada materiálů: { $language } (ZIP)
download-leaflet = Leták: { $title }
download-red-book = QR kódy do červené knížky (list)
download-poster = Plakát: { $title }
download-slides = Prezentace: { $title }
download-qr-png = QR kód (PNG): { $title }
download-qr-svg = QR kód (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, snímky 16:9
download-format-png = obrázek PNG
download-format-svg = obrázek SVG
download-size-kb = { $size } kB
download-size-mb = { $whole },{ $tenth } MB
