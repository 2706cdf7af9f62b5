# نصوص واجهة المستخدم في القالب الافتراضي (العربية).
# للمترجمين: احتفظوا بكل المفاتيح، وترجموا النص الذي يأتي بعد "=".
# يملأ الموقع المتغيرات { $name }؛ اتركوها كما هي.

site-name = ثلاث خطوات لسلامة الرضيع
site-tagline = نوم أكثر أمانًا · تعامل آمن مع الرضيع · مساحة آمنة
site-owner = Keeping Babies Safe — شراكة حماية الأطفال في ديربي وديربيشاير

skip-to-content = انتقل إلى المحتوى الرئيسي
nav-main = القائمة الرئيسية
nav-menu-button = القائمة
nav-language = اللغة
nav-language-current = { $language } (هذه الصفحة)
nav-breadcrumbs = أنت هنا
nav-home = الصفحة الرئيسية
nav-section = في هذا القسم
toc-title = في هذه الصفحة

notice-fallback-title = لم تُترجم بعد
notice-fallback = هذه الصفحة غير متوفرة بعد باللغة { $language }. وهي معروضة بالإنجليزية إلى أن تصبح الترجمة جاهزة.
notice-outdated-title = الترجمة غير محدَّثة
notice-outdated = تغيّرت الصفحة الإنجليزية منذ إعداد هذه الترجمة. قد تكون بعض النصائح هنا قديمة.
notice-outdated-since = آخر تغيير للصفحة الإنجليزية كان في { $date }.
notice-outdated-link = اقرأ الصفحة الإنجليزية الحالية
notice-unreviewed-title = لم تُراجَع الترجمة بعد
notice-unreviewed = لم يراجع مترجم مؤهَّل هذه الترجمة بعد. إذا كان أي شيء غير واضح، فاسأل القابلة أو الزائر الصحي (health visitor).

last-reviewed = آخر مراجعة: { $date }
short-link = رابط مختصر لهذه الصفحة
page-url-print = هذه الصفحة على الإنترنت:
resources-title = موارد للتنزيل والطباعة
sms-title = رسالة نصية مقترحة
section-pages = صفحات هذا القسم

help-strip-title = هل تحتاج إلى مساعدة الآن؟
help-strip-emergency = في حالات الطوارئ، اتصل بالرقم 999.
help-strip-urgent = للحصول على نصيحة عاجلة ليلًا أو نهارًا، اتصل بـ NHS 111.
help-strip-link = أين تجد المساعدة

emergency-label = أرقام الطوارئ
emergency-999 = طوارئ
emergency-111 = استشارة
emergency-help = مساعدة
link-external = (موقع آخر)

footer-note = يقدّم هذا الموقع نصائح عامة للسلامة. ولا يغني عن نصائح القابلة أو الزائر الصحي أو طبيب العائلة (GP).
footer-languages = هذا الموقع بلغات أخرى

chooser-title = اختر لغتك
chooser-intro = نصائح للحفاظ على سلامة طفلك، بلغتك.

not-found-title = الصفحة غير موجودة
not-found-text = عذرًا، لا يمكننا العثور على هذه الصفحة.
not-found-home = اذهب إلى الصفحة الرئيسية

redirect-title = جارٍ فتح: { $title }
redirect-text = إذا لم تُفتح الصفحة، فاضغط على هذا الرابط:

# A date, e.g. 26 November 2026: $day and $year are numbers, $month is 1–12.
date-long = { $day } { $month ->
         [1] يناير
         [2] فبراير
         [3] مارس
         [4] أبريل
         [5] مايو
         [6] يونيو
         [7] يوليو
         [8] أغسطس
         [9] سبتمبر
         [10] أكتوبر
         [11] نوفمبر
        *[12] ديسمبر
    } { $year }

# The practitioners' links page (/<lang>/links/) and the red book QR sheet (/<lang>/red-book/).
links-title = روابط للرسائل النصية وللكتاب الأحمر (سجل صحة الطفل)
links-description = روابط مختصرة ورسائل نصية مقترحة ورموز QR لكل صفحة من صفحات الأهل، لإرسالها إلى العائلات أو طباعتها.
links-intro = للممارسين المهنيين: الرابط المختصر لكل صفحة من صفحات الأهل بهذه اللغة، ورسالة نصية مقترحة لإرسالها معه، ورمز QR الخاص بالصفحة لتنزيله أو طباعته.
links-col-page = الصفحة
links-col-short = الرابط المختصر
links-col-sms = الرسالة النصية
links-col-qr = رمز QR
links-sms-count = { $characters ->
        [zero] { $characters } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $characters } أحرف
        [many] { $characters } حرفًا
       *[other] { $characters } حرف
    }، { $segments ->
        [zero] { $segments } رسالة نصية
        [one] رسالة نصية واحدة
        [two] رسالتان نصيتان
        [few] { $segments } رسائل نصية
        [many] { $segments } رسالة نصية
       *[other] { $segments } رسالة نصية
    }
links-copy = انسخ الرسالة
links-copied = تم النسخ
links-no-sms = لا توجد رسالة مقترحة بعد.
links-download-svg = رمز QR (SVG)
links-download-png = رمز QR (PNG)
links-redbook-link = ورقة رموز QR للكتاب الأحمر، قابلة للطباعة
redbook-title = رموز QR للكتاب الأحمر
redbook-description = ورقة برموز QR لصفحات الأهل، لطباعتها على ورق A4 وحفظها في الكتاب الأحمر الخاص بطفلك (سجل صحة الطفل).
redbook-intro = وجّه كاميرا هاتفك نحو أحد الرموز لفتح النصائح بهذه اللغة.
redbook-qr-alt = رمز QR لصفحة: { $title }
redbook-pdf-link = ورقة رموز QR للطباعة (PDF، A4)

leaflet-download = نشرة للطباعة (PDF، A4)
links-col-leaflet = النشرة
leaflet-scan = امسح الرمز أو اكتب العنوان:
leaflet-also = متوفرة أيضًا بلغتك:

search-title = بحث
search-description = ابحث في نصائح سلامة الطفل على هذا الموقع.
search-label = عمّ تبحث؟
search-header-label = ابحث في هذا الموقع
search-button = ابحث
search-count = النتائج: { $count }
search-none = لم نجد أي صفحة. جرّب كلمة أخرى أو كلمة أقصر، أو اختر من المواضيع أدناه.
search-corrected = نعرض نتائج «{ $query }».
search-exact = ابحث بدلًا من ذلك عن «{ $query }»
search-suggest = هل تقصد:
search-english-heading = نتائج باللغة الإنجليزية
search-english-count = لم نجد شيئًا بلغتك. نتائج باللغة الإنجليزية: { $count }
search-topics-title = كل المواضيع من الألف إلى الياء
search-unavailable = تعذّر تشغيل البحث. يُرجى الاختيار من المواضيع أدناه.

app-short-name = ثلاث خطوات
offline-title = لا توجد إشارة
offline-description = ما يمكنك قراءته عندما لا يكون هذا الجهاز متصلًا بالإنترنت.
offline-intro = تعذّر فتح هذه الصفحة: لا يوجد اتصال بالإنترنت، وهذه الصفحة غير محفوظة على هذا الجهاز.
offline-saved-title = محفوظة على هذا الجهاز
offline-saved-note = بعد أن تفتح هذا الموقع مرة واحدة مع وجود إشارة، تُفتح هذه الصفحات من دونها أيضًا:
offline-retry = عندما تعود الإشارة، ارجع وأعد تحميل الصفحة.

# مجموعة أدوات الأبطال: الملفات للتنزيل والحزمة الكاملة.
toolkit-bundle-title = مجموعة الأدوات كاملة في تنزيل واحد
toolkit-bundle-intro = ملف ZIP واحد فيه كل ما يمكن طباعته ومشاركته بهذه اللغة: النشرات والملصقات وورقة رموز QR للكتاب الأحمر ورموز QR.
toolkit-bundle-link = نزّل مجموعة الأدوات: { $language }
toolkit-inside = ماذا يوجد فيها
toolkit-inside-qr = رمز QR لكل رابط قصير، بصيغتي PNG وSVG
toolkit-inside-contents = قائمة بالملفات (contents.txt)
toolkit-all-link = كل الملفات للتنزيل بكل اللغات، مع صيغتها وحجمها
toolkit-all-title = كل الملفات للتنزيل، حسب اللغة
toolkit-all-intro = يمكن طباعة كل ملف على ورق A4 ما لم يُذكر غير ذلك. رموز QR لكل صفحة موجودة في صفحة الروابط:
toolkit-col-file = الملف
toolkit-col-format = الصيغة
toolkit-col-size = الحجم
toolkit-contents-title = مجموعة الأدوات ({ $language }): كل الملفات في ملف ZIP هذا
download-bundle = مجموعة الأدوات كاملة: { $language } (ZIP)
download-leaflet = نشرة: { $title }
download-red-book = رموز QR للكتاب الأحمر (ورقة)
download-poster = ملصق: { $title }
download-slides = شرائح عرض: { $title }
download-qr-png = رمز QR (PNG): { $title }
download-qr-svg = رمز QR (SVG): { $title }
download-format-zip = ZIP
download-format-pdf-a4 = PDF، A4
download-format-slides = PDF، شرائح 16:9
download-format-png = صورة PNG
download-format-svg = صورة SVG
download-size-kb = { $size } كيلوبايت
download-size-mb = { $whole }.{ $tenth } ميغابايت
