## The app's own words (pages, buttons, messages), in Arabic. Questions are in questions.ftl,
## routes and services in routes.ftl.
## Translated by hand from locales/en-GB; awaiting review by a native Arabic speaker.
## Register: simple Modern Standard Arabic, reading age about 9. Buttons use the verbal noun
## (متابعة، رجوع). Nothing assumes the reader's gender: no second-person present verbs or
## imperatives (تعيش، اختر، اتصل); instead the verbal noun after يمكنك / يجب / يُرجى / من المهم,
## pronoun endings and past tenses that look the same for a man or a woman in unvowelled
## writing (لك، عليك، كنت، أخبرتنا), passive or impersonal forms, and «ممّن» / «من مقدّمي الرعاية».
## Staff wording speaks of «الشخص المتصل», so pronouns agree with «الشخص», not with the caller.
## Phone numbers with spaces are wrapped in invisible U+2066 … U+2069 (left-to-right isolate)
## so they keep their order in right-to-left text.

language-name = العربية
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = ما المساعدة المتاحة لك؟
person-fallback = الشخص الذي يتلقّى مساعدتك
skip-to-main = الانتقال إلى المحتوى الرئيسي
exit-this-page = الخروج من هذه الصفحة
exit-this-page-hint = ، أو الضغط 3 مرات على مفتاح Shift، لمغادرة هذا الموقع بسرعة
language-switcher-label = اختيار اللغة
back = رجوع
continue = متابعة
or = أو
change = تغيير
retry = إعادة المحاولة
loading = جارٍ التحميل…
print = طباعة
copy-summary = نسخ الملخص
copied = تم نسخ الملخص. يمكنك لصقه في رسالة بريد إلكتروني أو في مستند.
clear-answers = مسح إجاباتي
not-answered = بلا إجابة
setting-reduce-motion = تقليل الحركة في هذا الموقع
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = للمساعدة، يمكنك الاتصال بخدمة { -helpline } على الرقم { -helpline-number }، { footer-hours }.
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = من الاثنين إلى الجمعة
noscript = تحتاج هذه الخدمة إلى JavaScript، وهي معطّلة أو غير متاحة في هذا المتصفح.
footer-privacy = لا نحتفظ بإجاباتك. فهي تنتقل فقط بين هذا المتصفح وهذه الخدمة، مقفلة بحيث لا يستطيع أي شخص آخر قراءتها، وتُمحى عند إغلاق المتصفح.

## Start page
start-title = { app-title }
start-intro = هنا بعض الأسئلة القصيرة عن الحياة اليومية. بعد الإجابة عنها، نعرض لك مساعدة ونصائح يمكن أن تجعل الأمور أسهل.
start-time = يستغرق ذلك نحو 10 دقائق. يمكنك الإجابة عن نفسك، أو عن شخص يتلقّى مساعدتك.
start-not-assessment = هذا ليس تقييمًا رسميًا، ولا يقرّر المساعدة التي تُقدَّم لك. يمكنك دائمًا طلب تقييم من البلدية.
start-danger-now = إذا كنت أنت أو أي شخص آخر في خطر الآن، فيجب الاتصال بالرقم 999.
start-privacy-title = ماذا يحدث لإجاباتك
start-privacy = لا نحتفظ بإجاباتك. عند كل متابعة، تُرسَل الإجابات إلى هذه الخدمة لعرض الصفحة التالية، ثم تعود إلى هذا المتصفح، مقفلة بحيث لا يستطيع أي شخص آخر قراءتها. وتُمحى عند إغلاق المتصفح، أو فورًا عند اختيار «الخروج من هذه الصفحة». لا نطلب اسمك أو عنوانك.
save-on-device = حفظ إجاباتي على هذا الجهاز
save-on-device-hint = هذا الخيار مناسب فقط إذا لم يكن أحد غيرك يستخدم هذا الجهاز. يمكنك مسح إجاباتك في أي وقت.
start-button = البدء الآن
resume-title = لديك إجابات محفوظة على هذا الجهاز
resume-body = يمكنك المتابعة من حيث توقفت، أو مسح إجاباتك والبدء من جديد.
resume-button = المتابعة من حيث توقفت
notice-title = مهم
notice-dismiss = إخفاء هذه الرسالة
saved-unreadable = لم نتمكن من قراءة الإجابات المحفوظة على هذا الجهاز، لذلك مسحناها. يجب البدء من جديد.
answers-unreadable = لم نتمكن من قراءة إجاباتك، لذلك لم نستخدمها. يُرجى البدء من جديد. للمساعدة، يمكنك الاتصال بالرقم الموجود في أسفل هذه الصفحة.

## Who is this for?
who-title = لمن هذه الإجابات؟
who-self = لنفسي
    .hint = لمعرفة المساعدة المتاحة لك.
who-other = لشخص أساعده أو أرعاه
    .hint = مثلًا: أحد الوالدين، أو شريك الحياة، أو صديق، أو جار.
who-staff = أعمل في البلدية، وأساعد شخصًا اتصل بنا
    .hint = ستكون الأسئلة مكتوبة بطريقة تناسب القراءة بصوت عالٍ.
who-name-label = الاسم الأول للشخص (اختياري)
who-name-hint = نستخدم الاسم فقط في صياغة الأسئلة. ويبقى على هذا الجهاز.
who-error = يجب تحديد لمن هذه الإجابات

## Questions
progress-section = القسم { $section } من { $sections }
error-prefix = خطأ:
error-summary-title = توجد مشكلة
error-choose-one = يجب اختيار إجابة واحدة
error-choose-some = يجب اختيار إجابة واحدة على الأقل، أو اختيار «لا شيء مما سبق»

error-choose-or-decline = يجب اختيار إجابة، أو اختيار «{ $option }» إذا كان عدم الإجابة أفضل لك
character-count = الحد الأقصى لعدد الحروف: { $max }

## Urgent help
call-service = الاتصال بـ{ $service }
urgent-who-can-help = من يمكنه المساعدة
urgent-carry-on-title = عندما يناسبك ذلك
urgent-carry-on-body = يمكنك متابعة الأسئلة. وسنعرض لك هذه المساعدة مرة أخرى مع نتائجك.
urgent-carry-on = متابعة الأسئلة

## Check your answers
check-title = مراجعة إجاباتك
check-send-title = حان الآن وقت رؤية نتائجك
check-send-body = سنستخدم إجاباتك لنعرض لك مساعدة قد تناسبك. نحن لا نحتفظ بإجاباتك.
check-send-button = عرض نتائجي

## Results
results-title = مساعدة قد تناسبك
results-loading = نبحث عمّا يمكن أن يساعد…
results-count = { $perspective ->
   *[self] { $count ->
        [zero] لم نجد لك أي نوع من المساعدة.
        [one] وجدنا لك نوعًا واحدًا من المساعدة.
        [two] وجدنا لك نوعين من المساعدة، الأهم أولًا.
        [few] وجدنا لك { $count } أنواع من المساعدة، الأهم أولًا.
        [many] وجدنا لك { $count } نوعًا من المساعدة، الأهم أولًا.
       *[other] وجدنا لك { $count } نوع من المساعدة، الأهم أولًا.
    }
    [other] { $count ->
        [zero] لم نجد أي نوع من المساعدة من أجل { $name }.
        [one] وجدنا نوعًا واحدًا من المساعدة من أجل { $name }.
        [two] وجدنا نوعين من المساعدة من أجل { $name }، الأهم أولًا.
        [few] وجدنا { $count } أنواع من المساعدة من أجل { $name }، الأهم أولًا.
        [many] وجدنا { $count } نوعًا من المساعدة من أجل { $name }، الأهم أولًا.
       *[other] وجدنا { $count } نوع من المساعدة من أجل { $name }، الأهم أولًا.
    }
    [staff] { $count ->
        [zero] لم نجد أي نوع من المساعدة للشخص المتصل.
        [one] وجدنا نوعًا واحدًا من المساعدة للشخص المتصل.
        [two] وجدنا نوعين من المساعدة للشخص المتصل، الأهم أولًا.
        [few] وجدنا { $count } أنواع من المساعدة للشخص المتصل، الأهم أولًا.
        [many] وجدنا { $count } نوعًا من المساعدة للشخص المتصل، الأهم أولًا.
       *[other] وجدنا { $count } نوع من المساعدة للشخص المتصل، الأهم أولًا.
    }
}
first-step-title = { $perspective ->
   *[self] الخطوة الأولى
    [other] الخطوة الأولى من أجل { $name }
    [staff] الخطوة الأولى للشخص المتصل
}
first-step-web = الذهاب إلى الموقع الإلكتروني: { $service }
results-keep-link = كيفية طباعة هذه النتائج أو نسخها أو حفظها، أو متابعتها من جهاز آخر
results-keep-title = الاحتفاظ بهذه النتائج، أو المتابعة لاحقًا
route-more = بمن يمكن الاتصال، وما يمكن توقّعه
route-more-reasons = أسباب أخرى، وبمن يمكن الاتصال
route-unverified = لم تؤكّد البلدية هذه المدد الزمنية بعد.
contacts-title = بمن يمكن الاتصال
contacts-intro = يمكن لهذه الخدمات أن تساعد في أكثر من اقتراح واحد مما سبق.
contact-helps-with = يمكنها المساعدة في:
contact-see = { $service }: التفاصيل في «بمن يمكن الاتصال» في الأسفل
because-you-told-us = لماذا نقترح هذا
what-happens-next = ماذا يحدث بعد ذلك
priority-urgent = عاجل
priority-recommended = ننصح به
priority-also-useful = مفيد أيضًا
results-ask-title = يمكنك دائمًا طلب تقييم
results-ask-body = إذا شعرت بأنك بحاجة إلى مساعدة في الرعاية، فمن حقك طلب تقييم من البلدية. والتقييم مجاني.
results-version = نسخة الأسئلة { $version }

## Contacts
contact-phone = الهاتف
contact-text-relay = خدمة Text Relay (للصمّ وضعاف السمع، ولمن يجدون صعوبة في الكلام)
contact-hours = أوقات العمل
contact-web = الموقع الإلكتروني
contact-email = البريد الإلكتروني
contact-address = العنوان
contact-unverified = ما زلنا نتحقق من بعض هذه المعلومات. إذا لم تنجح، فيمكنك الاتصال بخدمة { -helpline }.

## Problems
unreachable-title = لا نستطيع الوصول إلى الخدمة الآن
unreachable-body = إجاباتك محفوظة في هذه الصفحة. يُرجى التحقق من الاتصال بالإنترنت، ثم المحاولة مرة أخرى.
not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الموقع بنفسك، فمن المهم التأكد من أنه صحيح. وإذا لصقت العنوان، فمن المهم التأكد من نسخه كاملًا.
not-found-start = الذهاب إلى البداية

## Read aloud
listen = استماع
listen-stop = إيقاف القراءة
listen-no-voice = لا يستطيع هذا الجهاز قراءة هذه اللغة بصوت عالٍ

## Contact-centre (staff) mode
call-reference = رقم مرجع المكالمة:
new-call = بدء مكالمة جديدة
staff-answers-title = الإجابات حتى الآن
keys-title = مفاتيح لوحة المفاتيح
keys-choose = اختيار إجابة
keys-continue = المتابعة
keys-back = الرجوع
case-note-title = ملاحظة الحالة
case-note-hint = تُنسخ هذه الملاحظة إلى سجل الحالة. فيها رقم مرجع المكالمة، وكل الإجابات، والمساعدة المقترحة.
case-note-copy = نسخ ملاحظة الحالة
save-as-file = حفظ كملف
# Kept in Latin letters on purpose: a right-to-left file name shows its ".txt" in odd places.
summary-file-name = help-that-could-fit.txt

## Hand-over: carry on on another device or with someone else
handover-link = المتابعة على جهاز آخر أو مع شخص آخر
handover-title = المتابعة على جهاز آخر أو مع شخص آخر
handover-intro = يمكنك استخدام الرمز أو الرابط أو رمز الصورة للمتابعة من هاتف أو كمبيوتر آخر، أو للسماح لشخص آخر بمساعدتك. ولا حاجة إلى إنشاء حساب.
handover-warning = أي شخص لديه هذا الرمز أو الرابط يستطيع أن يرى إجاباتك. من الأفضل ألّا يُشارَك إلا مع شخص محلّ ثقتك. واسمك لا يكون فيه أبدًا.
handover-code-title = رمز للقراءة بصوت عالٍ أو للكتابة
handover-code-hint = على الجهاز الآخر، يمكنك فتح هذا الموقع، واختيار «لديّ رمز»، ثم كتابة الرمز. لا فرق بين الحروف الإنجليزية الكبيرة والصغيرة.
handover-link-title = الرابط
handover-link-text = فتح الأسئلة مع إجاباتك
handover-copy-link = نسخ الرابط
handover-copied = تم نسخ الرابط.
handover-qr-title = رمز الصورة (رمز QR)
handover-qr-label = رمز QR يفتح الرابط عند تصويره بكاميرا جهاز آخر
handover-have-code = لديّ رمز
resume-page-title = إدخال الرمز
resume-hint = يتكوّن الرمز من حروف إنجليزية وأرقام، مثل K3M9-QX2A. يمكنك ترك الشَّرطات (-).
resume-error-empty = يجب كتابة الرمز
resume-error-character = في الرمز حرف أو علامة لا تكون في الرموز أبدًا. يُرجى التحقق منه والمحاولة مرة أخرى
resume-error-mistyped = الرمز غير صحيح. يُرجى التحقق من كل حرف ورقم، والمحاولة مرة أخرى
resume-error-short = جزء من الرمز ناقص. يُرجى التأكد من كتابته كله
resume-error-version = صُنع هذا الرمز لنسخة أقدم من الأسئلة لم تعد هذه الخدمة تحتفظ بها، لذلك لا يمكن استخدامه. يمكنك استخدام الرابط بدلًا منه، أو البدء من جديد
resume-error-unreachable = لا نستطيع التحقق من هذا الرمز الآن. يُرجى التحقق من الاتصال بالإنترنت، ثم المحاولة مرة أخرى
resume-recheck = تغيّرت الأسئلة منذ إنشاء هذا الرمز أو الرابط. يُرجى مراجعة هذه الإجابات مرة أخرى:
resume-go-check = مراجعة إجاباتك

results-your-answers = إجاباتك
results-date = التاريخ: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = تغيّرت الأسئلة منذ أن بدأت
questions-changed-kept = احتفظنا بإجاباتك التي ما زالت تناسب الأسئلة الجديدة.
questions-changed-removed = بعض الأسئلة التي أجبت عنها لم تعد تُطرح، لذلك حذفنا تلك الإجابات.
questions-changed-recheck = راجع هذه الإجابات مرة أخرى:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = تغيّرت الأسئلة منذ أن بدأت. نفتح إجاباتك لمراجعتها…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = لم نتمكن من استخدام بعض إجاباتك
results-not-accepted-body = غيّر هذه الإجابات، ثم اطلب نتائجك مرة أخرى:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = نأسف، هناك مشكلة في الخدمة
results-server-error-body = إجاباتك محفوظة في هذه الصفحة. حاول مرة أخرى لاحقًا.
results-server-error-call = إذا كنت تحتاج إلى مساعدة الآن، يمكنك الاتصال بخدمة { -helpline } على الرقم { -helpline-number }.

## Start page: notice that a native speaker has not yet checked this translation, with the
## crisis numbers (also shown in English). Each number is a left-to-right link.
unchecked-title = لم تتم مراجعة هذه الترجمة بعد
unchecked-body = لم يراجع هذه الترجمة بعدُ متحدثٌ أصلي باللغة العربية، لذلك قد تكون بعض الكلمات غير دقيقة. عند الحاجة إلى مساعدة الآن:
unchecked-999 = إذا كنت أنت أو أي شخص آخر في خطر الآن، فيجب الاتصال بالرقم { $number }.
unchecked-111 = للحصول على مساعدة عاجلة في الصحة النفسية، يمكن الاتصال بخدمة NHS على الرقم { $number } واختيار خيار الصحة النفسية.
unchecked-samaritans = للتحدث مع شخص ما في أي وقت، يمكن الاتصال مجانًا بمنظمة Samaritans على الرقم { $number }.
