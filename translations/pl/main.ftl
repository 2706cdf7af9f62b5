# Teksty interfejsu domyślnego motywu (polski; źródło: English).
# Tłumacze: zachowajcie każdy klucz; tłumaczcie tylko tekst po "=".
# Symbole { $name } wypełnia strona; zostawcie je bez zmian.

site-name = Trzy kroki do bezpieczeństwa dziecka
site-tagline = Bezpieczniejszy sen · Bezpieczne obchodzenie się z dzieckiem · Bezpieczna przestrzeń
site-owner = Keeping Babies Safe — Partnerstwo na rzecz ochrony dzieci w Derby i Derbyshire

skip-to-content = Przejdź do treści głównej
nav-main = Menu główne
nav-menu-button = Menu
nav-language = Język
nav-language-current = { $language } (ta strona)
nav-breadcrumbs = Jesteś tutaj
nav-home = Strona główna
nav-section = W tej sekcji
toc-title = Na tej stronie

notice-fallback-title = Jeszcze nie przetłumaczono
notice-fallback = Ta strona nie jest jeszcze dostępna w języku: { $language }. Do czasu przygotowania tłumaczenia wyświetlamy ją po angielsku.
notice-outdated-title = Tłumaczenie jest nieaktualne
notice-outdated = Angielska wersja strony zmieniła się od czasu przygotowania tego tłumaczenia. Niektóre porady na tej stronie mogą być nieaktualne.
notice-outdated-since = Angielska wersja strony została ostatnio zmieniona: { $date }.
notice-outdated-link = Przeczytaj aktualną stronę po angielsku
notice-unreviewed-title = Tłumaczenie jeszcze niesprawdzone
notice-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, zapytaj położną lub pielęgniarkę środowiskową (health visitor).

last-reviewed = Ostatnio sprawdzono: { $date }
short-link = Krótki link do tej strony
page-url-print = Ta strona w internecie:
resources-title = Materiały do pobrania i wydrukowania
sms-title = Proponowana wiadomość SMS
section-pages = Strony w tej sekcji

help-strip-title = Potrzebujesz pomocy teraz?
help-strip-emergency = W nagłym wypadku zadzwoń pod 999.
help-strip-urgent = Po pilną poradę, w dzień i w nocy, zadzwoń pod NHS 111.
help-strip-link = Gdzie szukać pomocy

emergency-label = Numery alarmowe
emergency-999 = Ratunek
emergency-111 = Porada
emergency-help = Pomoc
link-external = (inna strona internetowa)

footer-note = Ta strona zawiera ogólne porady dotyczące bezpieczeństwa. Nie zastępuje porad położnej, pielęgniarki środowiskowej (health visitor) ani lekarza rodzinnego (GP).
footer-languages = Ta strona w innych językach

chooser-title = Wybierz język
chooser-intro = Porady, jak dbać o bezpieczeństwo dziecka, w Twoim języku.

not-found-title = Nie znaleziono strony
not-found-text = Przepraszamy, nie możemy znaleźć tej strony.
not-found-home = Przejdź do strony głównej

redirect-title = Otwieranie: { $title }
redirect-text = Jeśli strona się nie otworzy, dotknij tego linku:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] stycznia
         [2] lutego
         [3] marca
         [4] kwietnia
         [5] maja
         [6] czerwca
         [7] lipca
         [8] sierpnia
         [9] września
         [10] października
         [11] listopada
        *[12] grudnia
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = Linki do wiadomości SMS i czerwonej książeczki zdrowia (red book)
links-description = Krótkie linki, proponowane wiadomości SMS i kody QR do każdej strony dla rodziców – do wysłania rodzinom lub wydrukowania.
links-intro = Dla specjalistów: krótki link do każdej strony dla rodziców w tym języku, proponowana wiadomość SMS do wysłania razem z nim oraz kod QR strony do pobrania lub wydrukowania.
links-col-page = Strona
links-col-short = Krótki link
links-col-sms = Wiadomość SMS
links-col-qr = Kod QR
links-sms-count = { $characters ->
        [one] { $characters } znak
        [few] { $characters } znaki
        [many] { $characters } znaków
       *[other] { $characters } znaku
    }, { $segments ->
        [one] jedna wiadomość SMS
        [few] { $segments } wiadomości SMS
        [many] { $segments } wiadomości SMS
       *[other] { $segments } wiadomości SMS
    }
links-copy = Kopiuj wiadomość
links-copied = Skopiowano
links-no-sms = Nie ma jeszcze proponowanej wiadomości.
links-download-svg = Kod QR (SVG)
links-download-png = Kod QR (PNG)
links-redbook-link = Arkusz kodów QR do wydrukowania dla czerwonej książeczki zdrowia
redbook-title = Kody QR do czerwonej książeczki zdrowia
redbook-description = Arkusz kodów QR do stron dla rodziców – do wydrukowania na papierze A4 i przechowywania w czerwonej książeczce zdrowia dziecka (red book).
redbook-intro = Skieruj aparat telefonu na kod, aby otworzyć porady w tym języku.
redbook-qr-alt = Kod QR do strony: { $title }
redbook-pdf-link = Arkusz z kodami QR do druku (PDF, A4)

leaflet-download = Ulotka do druku (PDF, A4)
links-col-leaflet = Ulotka
leaflet-scan = Zeskanuj kod lub wpisz adres:
leaflet-also = Również w Twoim języku:

search-title = Szukaj
search-description = Szukaj porad o bezpieczeństwie dziecka na tej stronie.
search-label = Czego szukasz?
search-header-label = Szukaj na tej stronie
search-button = Szukaj
search-count = Wyniki: { $count }
search-none = Nie znaleziono stron. Spróbuj innego lub krótszego słowa albo wybierz temat z listy poniżej.
search-corrected = Pokazujemy wyniki dla „{ $query }”.
search-exact = Szukaj dokładnie „{ $query }”
search-suggest = Czy chodziło o:
search-english-heading = Wyniki po angielsku
search-english-count = Nic nie znaleziono w Twoim języku. Wyniki po angielsku: { $count }
search-topics-title = Wszystkie tematy od A do Z
search-unavailable = Nie udało się uruchomić wyszukiwania. Wybierz temat z listy poniżej.

app-short-name = Trzy kroki
offline-title = Brak zasięgu
offline-description = Co można czytać, gdy to urządzenie nie ma połączenia z internetem.
offline-intro = Nie udało się wczytać tej strony: nie ma połączenia z internetem, a strona nie jest zapisana na tym urządzeniu.
offline-saved-title = Zapisane na tym urządzeniu
offline-saved-note = Po pierwszym otwarciu tej witryny z zasięgiem te strony otwierają się także bez niego:
offline-retry = Gdy zasięg wróci, wróć i odśwież stronę.

# Zestaw materiałów dla championów: pliki do pobrania i paczka ze wszystkim.
toolkit-bundle-title = Cały zestaw w jednym pliku
toolkit-bundle-intro = Jeden plik ZIP ze wszystkim, co można wydrukować i przekazać w tym języku: ulotki, plakaty, arkusz kodów QR do czerwonej książeczki i kody QR.
toolkit-bundle-link = Pobierz zestaw: { $language }
toolkit-inside = Co jest w środku
toolkit-inside-qr = Kod QR każdego krótkiego linku, w formacie PNG i SVG
toolkit-inside-contents = Lista plików (contents.txt)
toolkit-all-link = Wszystkie pliki do pobrania we wszystkich językach, z formatem i rozmiarem
toolkit-all-title = Wszystkie pliki do pobrania, według języka
toolkit-all-intro = Każdy plik można wydrukować na A4, chyba że podano inaczej. Kody QR każdej strony są na stronie z linkami:
toolkit-col-file = Plik
toolkit-col-format = Format
toolkit-col-size = Rozmiar
toolkit-contents-title = Zestaw materiałów ({ $language }): wszystkie pliki w tym archiwum ZIP
download-bundle = Cały zestaw: { $language } (ZIP)
download-leaflet = Ulotka: { $title }
download-red-book = Kody QR do czerwonej książeczki (arkusz)
download-poster = Plakat: { $title }
download-slides = Slajdy: { $title }
download-qr-png = Kod QR (PNG): { $title }
download-qr-svg = Kod QR (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF, A4
download-format-slides = PDF, slajdy 16:9
download-format-png = obraz PNG
download-format-svg = obraz SVG
download-size-kb = { $size } KB
download-size-mb = { $whole },{ $tenth } MB
