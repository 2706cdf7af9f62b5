# ڈیفالٹ تھیم کی UI عبارتیں (اردو)۔
# مترجمین: ہر key برقرار رکھیں؛ صرف "=" کے بعد کی عبارت کا ترجمہ کریں۔
# { $name } جیسے placeholders سائٹ خود بھرتی ہے؛ انہیں جوں کا توں رہنے دیں۔

site-name = بچے کی حفاظت کے تین قدم
site-tagline = زیادہ محفوظ نیند · محفوظ طریقے سے سنبھالنا · محفوظ جگہ
site-owner = Keeping Babies Safe — ڈربی اور ڈربی شائر میں بچوں کے تحفظ کی شراکت داری

skip-to-content = مرکزی مواد پر جائیں
nav-main = مرکزی مینیو
nav-menu-button = مینیو
nav-language = زبان
nav-language-current = { $language } (یہ صفحہ)
nav-breadcrumbs = آپ یہاں ہیں
nav-home = ہوم
nav-section = اس حصے میں
toc-title = اس صفحے پر

notice-fallback-title = ابھی ترجمہ نہیں ہوا
notice-fallback = یہ صفحہ ابھی { $language } میں دستیاب نہیں ہے۔ ترجمہ تیار ہونے تک یہ انگریزی میں دکھایا جا رہا ہے۔
notice-outdated-title = ترجمہ پرانا ہو چکا ہے
notice-outdated = یہ ترجمہ بننے کے بعد انگریزی صفحہ بدل چکا ہے۔ یہاں دیا گیا کچھ مشورہ پرانا ہو سکتا ہے۔
notice-outdated-since = انگریزی صفحہ آخری بار { $date } کو بدلا گیا۔
notice-outdated-link = موجودہ انگریزی صفحہ پڑھیں
notice-unreviewed-title = ترجمے کی ابھی جانچ نہیں ہوئی
notice-unreviewed = اس ترجمے کی ابھی کسی مستند مترجم نے جانچ نہیں کی۔ اگر کوئی بات واضح نہ ہو، تو اپنی مڈوائف یا ہیلتھ وزیٹر سے پوچھیں۔

last-reviewed = آخری جائزہ: { $date }
short-link = اس صفحے کا مختصر لنک
page-url-print = یہ صفحہ آن لائن:
resources-title = ڈاؤن لوڈ اور پرنٹ کرنے کے لیے وسائل
sms-title = تجویز کردہ ٹیکسٹ میسج
section-pages = اس حصے کے صفحات

help-strip-title = ابھی مدد چاہیے؟
help-strip-emergency = ایمرجنسی میں 999 پر کال کریں۔
help-strip-urgent = دن ہو یا رات، فوری مشورے کے لیے NHS 111 پر کال کریں۔
help-strip-link = مدد کہاں سے لیں

emergency-label = ایمرجنسی نمبر
emergency-999 = ایمرجنسی
emergency-111 = مشورہ
emergency-help = مدد
link-external = (دوسری ویب سائٹ)

footer-note = یہ سائٹ حفاظت کے بارے میں عمومی مشورہ دیتی ہے۔ یہ آپ کی مڈوائف، ہیلتھ وزیٹر یا جی پی کے مشورے کی جگہ نہیں لیتی۔
footer-languages = یہ سائٹ دوسری زبانوں میں

chooser-title = اپنی زبان منتخب کریں
chooser-intro = آپ کے بچے کو محفوظ رکھنے کے لیے مشورہ، آپ کی زبان میں۔

not-found-title = صفحہ نہیں ملا
not-found-text = معذرت، ہمیں یہ صفحہ نہیں مل سکا۔
not-found-home = ہوم پیج پر جائیں

redirect-title = کھل رہا ہے: { $title }
redirect-text = اگر صفحہ نہ کھلے، تو اس لنک پر ٹیپ کریں:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] جنوری
         [2] فروری
         [3] مارچ
         [4] اپریل
         [5] مئی
         [6] جون
         [7] جولائی
         [8] اگست
         [9] ستمبر
         [10] اکتوبر
         [11] نومبر
        *[12] دسمبر
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = ٹیکسٹ میسج اور ریڈ بک (سرخ کتاب) کے لیے لنکس
links-description = والدین کے ہر صفحے کے مختصر لنکس، تجویز کردہ ٹیکسٹ میسج اور QR کوڈز، خاندانوں کو بھیجنے یا پرنٹ کرنے کے لیے۔
links-intro = پیشہ ور کارکنوں کے لیے: اس زبان میں والدین کے ہر صفحے کا مختصر لنک، اس کے ساتھ بھیجنے کے لیے ایک تجویز کردہ ٹیکسٹ میسج، اور اس صفحے کا QR کوڈ، ڈاؤن لوڈ یا پرنٹ کرنے کے لیے۔
links-col-page = صفحہ
links-col-short = مختصر لنک
links-col-sms = ٹیکسٹ میسج
links-col-qr = QR کوڈ
links-sms-count = { $characters ->
        [one] { $characters } حرف
       *[other] { $characters } حروف
    }، { $segments ->
        [one] ایک ٹیکسٹ میسج
       *[other] { $segments } ٹیکسٹ میسج
    }
links-copy = میسج کاپی کریں
links-copied = کاپی ہو گیا
links-no-sms = ابھی کوئی تجویز کردہ میسج نہیں ہے۔
links-download-svg = QR کوڈ (SVG)
links-download-png = QR کوڈ (PNG)
links-redbook-link = ریڈ بک کے لیے QR کوڈز کی شیٹ، پرنٹ کرنے کے لیے
redbook-title = ریڈ بک کے لیے QR کوڈز
redbook-description = والدین کے صفحات کے QR کوڈز کی ایک شیٹ، A4 پر پرنٹ کر کے بچے کی ریڈ بک (سرخ کتاب) میں رکھنے کے لیے۔
redbook-intro = اس زبان میں مشورہ کھولنے کے لیے اپنے فون کا کیمرہ کسی کوڈ کی طرف کریں۔
redbook-qr-alt = اس صفحے کا QR کوڈ: { $title }
redbook-pdf-link = پرنٹ کرنے کے لیے QR کوڈ شیٹ (PDF، A4)

leaflet-download = پرنٹ کرنے کے لیے پرچہ (PDF، A4)
links-col-leaflet = پرچہ
leaflet-scan = کوڈ اسکین کریں یا یہ پتہ لکھیں:
leaflet-also = آپ کی زبان میں بھی:

search-title = تلاش
search-description = اس ویب سائٹ پر بچے کی حفاظت کے بارے میں مشورے تلاش کریں۔
search-label = آپ کیا تلاش کر رہے ہیں؟
search-header-label = اس ویب سائٹ پر تلاش کریں
search-button = تلاش کریں
search-count = نتائج: { $count }
search-none = کوئی صفحہ نہیں ملا۔ کوئی دوسرا یا چھوٹا لفظ لکھ کر دیکھیں، یا نیچے دیے گئے موضوعات میں سے چنیں۔
search-corrected = “{ $query }” کے نتائج دکھائے جا رہے ہیں۔
search-exact = اس کے بجائے “{ $query }” تلاش کریں
search-suggest = کیا آپ کا مطلب ہے:
search-english-heading = انگریزی میں نتائج
search-english-count = آپ کی زبان میں کچھ نہیں ملا۔ انگریزی میں نتائج: { $count }
search-topics-title = تمام موضوعات، الف سے ے تک
search-unavailable = تلاش شروع نہیں ہو سکی۔ براہ کرم نیچے دیے گئے موضوعات میں سے چنیں۔

app-short-name = تین قدم
offline-title = سگنل نہیں ہے
offline-description = جب اس آلے پر انٹرنیٹ نہ ہو تو کیا پڑھا جا سکتا ہے۔
offline-intro = یہ صفحہ نہیں کھل سکا: انٹرنیٹ کنکشن نہیں ہے، اور یہ صفحہ اس آلے پر محفوظ نہیں ہے۔
offline-saved-title = اس آلے پر محفوظ
offline-saved-note = جب آپ یہ سائٹ ایک بار سگنل کے ساتھ کھول لیں، تو یہ صفحات سگنل کے بغیر بھی کھلتے ہیں:
offline-retry = جب سگنل واپس آ جائے تو واپس جا کر صفحہ دوبارہ لوڈ کریں۔

# چیمپئنز کا ٹول کٹ: ڈاؤن لوڈز اور سب کچھ ایک ساتھ۔
toolkit-bundle-title = پورا ٹول کٹ ایک ہی ڈاؤن لوڈ میں
toolkit-bundle-intro = ایک ZIP فائل جس میں اس زبان میں پرنٹ کرنے اور دینے کی ہر چیز ہے: کتابچے، پوسٹر، ریڈ بک کے لیے QR کوڈز کی شیٹ اور QR کوڈز۔
toolkit-bundle-link = ٹول کٹ ڈاؤن لوڈ کریں: { $language }
toolkit-inside = اس میں کیا ہے
toolkit-inside-qr = ہر مختصر لنک کا QR کوڈ، PNG اور SVG میں
toolkit-inside-contents = فائلوں کی فہرست (contents.txt)
toolkit-all-link = ہر زبان میں تمام ڈاؤن لوڈز، ان کے فارمیٹ اور سائز کے ساتھ
toolkit-all-title = تمام ڈاؤن لوڈز، زبان کے لحاظ سے
toolkit-all-intro = ہر فائل A4 پر پرنٹ کی جا سکتی ہے، جب تک کچھ اور نہ لکھا ہو۔ ہر صفحے کے QR کوڈز لنکس والے صفحے پر ہیں:
toolkit-col-file = فائل
toolkit-col-format = فارمیٹ
toolkit-col-size = سائز
toolkit-contents-title = ٹول کٹ ({ $language }): اس ZIP کی تمام فائلیں
download-bundle = پورا ٹول کٹ: { $language } (ZIP)
download-leaflet = کتابچہ: { $title }
download-red-book = ریڈ بک کے لیے QR کوڈز (شیٹ)
download-poster = پوسٹر: { $title }
download-slides = سلائیڈز: { $title }
download-qr-png = QR کوڈ (PNG): { $title }
download-qr-svg = QR کوڈ (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF، A4
download-format-slides = PDF، سلائیڈز 16:9
download-format-png = PNG تصویر
download-format-svg = SVG تصویر
download-size-kb = { $size } KB
download-size-mb = { $whole }.{ $tenth } MB
