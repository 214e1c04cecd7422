## The app's own words (pages, buttons, messages), in Urdu. Questions are in questions.ftl,
## routes and services in routes.ftl.
## Translated by hand from locales/en-GB; awaiting review by a native Urdu speaker.
## Register: simple everyday Urdu, "آپ" forms, reading age about 9. Where Urdu verbs would
## need the reader's or the person's gender, the wording avoids them where it can; otherwise
## it uses the usual masculine-plural "آپ" form of public information.
## Phone numbers with spaces are wrapped in invisible U+2066 … U+2069 (left-to-right isolate)
## so they keep their order in right-to-left text.

language-name = اردو
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = معلوم کریں کہ آپ کو کیا مدد مل سکتی ہے
person-fallback = آپ سے مدد لینے والے فرد
skip-to-main = سیدھا اصل مواد پر جائیں
exit-this-page = یہ صفحہ فوراً چھوڑیں
exit-this-page-hint = ، یا اس سائٹ سے جلدی نکلنے کے لیے Shift کا بٹن 3 بار دبائیں
language-switcher-label = زبان چنیں
back = واپس
continue = آگے چلیں
or = یا
change = تبدیل کریں
retry = دوبارہ کوشش کریں
loading = لوڈ ہو رہا ہے…
print = پرنٹ کریں
copy-summary = خلاصہ کاپی کریں
copied = خلاصہ کاپی ہو گیا ہے۔ آپ اسے کسی ای میل یا دستاویز میں پیسٹ کر سکتے ہیں۔
clear-answers = میرے جواب مٹا دیں
not-answered = جواب نہیں دیا گیا
setting-reduce-motion = اس سائٹ پر حرکت (اینیمیشن) کم کریں
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = مدد چاہیے؟ { -helpline } کو { -helpline-number } پر فون کریں، { footer-hours }۔
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = پیر سے جمعہ تک
noscript = اس سروس کے لیے JavaScript ضروری ہے، جو اس براؤزر میں بند ہے یا دستیاب نہیں۔
footer-privacy = ہم آپ کے جواب اپنے پاس نہیں رکھتے۔ یہ صرف اس براؤزر اور اس سروس کے درمیان آتے جاتے ہیں، تالا لگا کر تاکہ کوئی اور انہیں پڑھ نہ سکے، اور براؤزر بند کرنے پر مٹ جاتے ہیں۔

## Start page
start-title = { app-title }
start-intro = روزمرہ زندگی کے بارے میں چند مختصر سوالوں کے جواب دیں۔ پھر ہم آپ کو ایسی مدد اور مشورے دکھائیں گے جن سے زندگی آسان ہو سکتی ہے۔
start-time = اس میں تقریباً 10 منٹ لگتے ہیں۔ آپ اپنے لیے جواب دے سکتے ہیں، یا کسی ایسے شخص کے لیے جس کی آپ مدد کرتے ہیں۔
start-not-assessment = یہ باقاعدہ جائزہ (اسیسمنٹ) نہیں ہے۔ اس سے یہ طے نہیں ہوتا کہ آپ کو کیا مدد ملے گی۔ آپ جب چاہیں کونسل سے جائزے کے لیے کہہ سکتے ہیں۔
start-danger-now = اگر آپ یا کوئی اور اس وقت خطرے میں ہے تو 999 پر فون کریں۔
start-privacy-title = آپ کے جوابوں کا کیا ہوتا ہے
start-privacy = ہم آپ کے جواب اپنے پاس نہیں رکھتے۔ ہر بار آگے چلنے پر، اگلا صفحہ دکھانے کے لیے یہ جواب اس سروس کو بھیجے جاتے ہیں، پھر اس براؤزر میں واپس آتے ہیں، تالا لگا کر تاکہ کوئی اور انہیں پڑھ نہ سکے۔ براؤزر بند کرنے پر یہ مٹ جاتے ہیں، یا “یہ صفحہ فوراً چھوڑیں” چننے پر اسی وقت۔ ہم آپ کا نام یا پتہ نہیں پوچھتے۔
save-on-device = میرے جواب اسی فون یا کمپیوٹر پر محفوظ کریں
save-on-device-hint = یہ صرف تب چنیں جب اس فون یا کمپیوٹر کو کوئی اور استعمال نہ کرتا ہو۔ آپ کسی بھی وقت اپنے جواب مٹا سکتے ہیں۔
start-button = ابھی شروع کریں
resume-title = اس فون یا کمپیوٹر پر آپ کے جواب محفوظ ہیں
resume-body = آپ وہیں سے آگے چل سکتے ہیں جہاں آپ نے چھوڑا تھا، یا اپنے جواب مٹا کر نئے سرے سے شروع کر سکتے ہیں۔
resume-button = وہیں سے آگے چلیں
notice-title = اہم بات
notice-dismiss = یہ پیغام چھپائیں
saved-unreadable = اس فون یا کمپیوٹر پر محفوظ جواب ہم سے پڑھے نہیں جا سکے، اس لیے ہم نے انہیں مٹا دیا۔ آپ کو نئے سرے سے شروع کرنا ہو گا۔
answers-unreadable = آپ کے جواب ہم سے پڑھے نہیں جا سکے، اس لیے ہم نے انہیں استعمال نہیں کیا۔ براہ کرم نئے سرے سے شروع کریں۔ اگر آپ کو مدد چاہیے تو اس صفحے کے نیچے دیے گئے نمبر پر فون کریں۔

## Who is this for?
who-title = یہ جواب کس کے لیے ہیں؟
who-self = اپنے لیے
    .hint = آپ جاننا چاہتے ہیں کہ آپ کو کیا مدد مل سکتی ہے۔
who-other = کسی ایسے شخص کے لیے جسے میری مدد یا دیکھ بھال ملتی ہے
    .hint = مثلاً ماں یا باپ، شوہر، بیوی یا جیون ساتھی، کوئی دوست یا پڑوسی۔
who-staff = میں کونسل کے عملے سے ہوں اور کال کرنے والے کی مدد کے لیے یہاں ہوں
    .hint = سوال اس طرح لکھے ہوں گے کہ آپ انہیں پڑھ کر سنا سکیں۔
who-name-label = ان کا پہلا نام (اگر آپ چاہیں)
who-name-hint = ہم یہ نام صرف سوالوں میں لکھنے کے لیے استعمال کرتے ہیں۔ یہ اسی فون یا کمپیوٹر پر رہتا ہے۔
who-error = چنیں کہ یہ جواب کس کے لیے ہیں

## Questions
progress-section = { $sections } میں سے حصہ { $section }
error-prefix = غلطی:
error-summary-title = ایک مسئلہ ہے
error-choose-one = ایک جواب چنیں
error-choose-some = کم از کم ایک جواب چنیں، یا “ان میں سے کوئی نہیں” چنیں

error-choose-or-decline = کوئی جواب چنیں، یا اگر نہ بتانا بہتر ہو تو “{ $option }” چنیں
character-count = آپ زیادہ سے زیادہ { $max } حروف لکھ سکتے ہیں

## Urgent help
call-service = { $service } کو فون کریں
urgent-who-can-help = کون مدد کر سکتا ہے
urgent-carry-on-title = جب آپ تیار ہوں
urgent-carry-on-body = آپ سوالوں کے جواب دینا جاری رکھ سکتے ہیں۔ ہم آپ کے نتائج کے ساتھ یہ مدد دوبارہ دکھائیں گے۔
urgent-carry-on = سوال جاری رکھیں

## Check your answers
check-title = اپنے جواب ایک بار دیکھ لیں
check-send-title = اب اپنے نتائج دیکھیں
check-send-body = ہم آپ کے جوابوں سے وہ مدد دکھائیں گے جو آپ کے کام آ سکتی ہے۔ ہم آپ کے جواب اپنے پاس نہیں رکھتے۔
check-send-button = میرے نتائج دکھائیں

## Results
results-title = مدد جو آپ کے کام آ سکتی ہے
results-loading = ہم دیکھ رہے ہیں کہ کیا مدد کام آ سکتی ہے…
results-count = { $perspective ->
   *[self] { $count ->
        [one] ہمیں آپ کے لیے 1 طرح کی مدد ملی ہے۔
       *[other] ہمیں آپ کے لیے { $count } طرح کی مدد ملی ہے، سب سے اہم پہلے۔
    }
    [other] { $count ->
        [one] ہمیں { $name } کے لیے 1 طرح کی مدد ملی ہے۔
       *[other] ہمیں { $name } کے لیے { $count } طرح کی مدد ملی ہے، سب سے اہم پہلے۔
    }
    [staff] { $count ->
        [one] ہمیں کال کرنے والے کے لیے 1 طرح کی مدد ملی ہے۔
       *[other] ہمیں کال کرنے والے کے لیے { $count } طرح کی مدد ملی ہے، سب سے اہم پہلے۔
    }
}
first-step-title = { $perspective ->
   *[self] پہلے کیا کریں
    [other] { $name } کے لیے پہلے کیا کریں
    [staff] کال کرنے والے کے لیے پہلے کیا کریں
}
first-step-web = { $service } کی ویب سائٹ پر جائیں
results-keep-link = اسے پرنٹ، کاپی یا محفوظ کرنے کا طریقہ، یا کسی دوسرے فون یا کمپیوٹر پر آگے چلنے کا طریقہ
results-keep-title = اسے سنبھال کر رکھیں، یا بعد میں آگے چلیں
route-more = کس سے رابطہ کریں اور کیا توقع رکھیں
route-more-reasons = مزید وجوہات، اور کس سے رابطہ کریں
route-unverified = کونسل نے ابھی وقت کی ان حدوں کی تصدیق نہیں کی۔
contacts-title = کس سے رابطہ کریں
contacts-intro = یہ سروسز اوپر دیے گئے ایک سے زیادہ مشوروں میں مدد کر سکتی ہیں۔
contact-helps-with = ان باتوں میں مدد مل سکتی ہے:
contact-see = { $service }: نیچے “کس سے رابطہ کریں” دیکھیں
because-you-told-us = ہم یہ مشورہ کیوں دے رہے ہیں
what-happens-next = آگے کیا ہو گا
priority-urgent = فوری
priority-recommended = ہمارا مشورہ
priority-also-useful = یہ بھی کام کا ہے
results-ask-title = آپ ہمیشہ جائزے کے لیے کہہ سکتے ہیں
results-ask-body = اگر آپ کو لگتا ہے کہ آپ کو دیکھ بھال میں مدد چاہیے، تو کونسل سے جائزے کے لیے کہنا آپ کا حق ہے۔ یہ مفت ہے۔
results-version = سوالوں کا ورژن { $version }

## Contacts
contact-phone = فون
contact-text-relay = ٹیکسٹ ریلے (Text Relay)
contact-hours = کھلنے کے اوقات
contact-web = ویب سائٹ
contact-email = ای میل
contact-address = پتہ
contact-unverified = ان میں سے کچھ تفصیلات کی ابھی جانچ ہو رہی ہے۔ اگر یہ کام نہ کریں تو { -helpline } کو فون کریں۔

## Problems
unreachable-title = ہم اس وقت سروس تک نہیں پہنچ پا رہے
unreachable-body = آپ کے جواب اس صفحے پر محفوظ ہیں۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔
not-found-title = صفحہ نہیں ملا
not-found-body = اگر آپ نے ویب ایڈریس خود لکھا تھا تو دیکھ لیں کہ وہ صحیح ہے۔ اگر آپ نے ویب ایڈریس پیسٹ کیا تھا تو دیکھ لیں کہ پورا ایڈریس کاپی ہوا تھا۔
not-found-start = شروع کے صفحے پر جائیں

## Read aloud
listen = سنیں
listen-stop = پڑھنا بند کریں
listen-no-voice = یہ فون یا کمپیوٹر اس زبان کو پڑھ کر نہیں سنا سکتا

## Contact-centre (staff) mode
call-reference = کال کا حوالہ نمبر:
new-call = نئی کال شروع کریں
staff-answers-title = اب تک کے جواب
keys-title = کی بورڈ کے بٹن
keys-choose = جواب چنیں
keys-continue = آگے چلیں
keys-back = واپس جائیں
case-note-title = کیس نوٹ
case-note-hint = اسے کیس ریکارڈ میں کاپی کریں۔ اس میں کال کا حوالہ نمبر، ہر جواب اور تجویز کی گئی مدد شامل ہے۔
case-note-copy = کیس نوٹ کاپی کریں
save-as-file = فائل کی صورت میں محفوظ کریں
# Kept in Latin letters on purpose: a right-to-left file name shows its ".txt" in odd places.
summary-file-name = help-that-could-fit.txt

## Hand-over: carry on on another device or with someone else
handover-link = کسی دوسرے فون یا کمپیوٹر پر، یا کسی اور کے ساتھ آگے چلیں
handover-title = کسی دوسرے فون یا کمپیوٹر پر، یا کسی اور کے ساتھ آگے چلیں
handover-intro = کوڈ، لنک یا تصویری کوڈ سے آپ کسی دوسرے فون یا کمپیوٹر پر وہیں سے آگے چل سکتے ہیں، یا کسی اور سے مدد لے سکتے ہیں۔ اس کے لیے کوئی اکاؤنٹ نہیں چاہیے۔
handover-warning = جس کے پاس بھی یہ کوڈ یا لنک ہو، وہ آپ کے جواب دیکھ سکتا ہے۔ یہ صرف اسی کو دیں جس پر آپ کو بھروسا ہو۔ اس میں آپ کا نام کبھی نہیں ہوتا۔
handover-code-title = پڑھ کر سنانے یا لکھنے کے لیے کوڈ
handover-code-hint = دوسرے فون یا کمپیوٹر پر یہ ویب سائٹ کھولیں، “میرے پاس کوڈ ہے” چنیں اور کوڈ لکھیں۔ انگریزی کے بڑے یا چھوٹے حروف، دونوں چلیں گے۔
handover-link-title = لنک
handover-link-text = یہ سوال نامہ کھولیں
handover-copy-link = لنک کاپی کریں
handover-copied = لنک کاپی ہو گیا ہے۔
handover-qr-title = تصویری کوڈ (QR کوڈ)
handover-qr-label = ایک QR کوڈ، جسے دوسرے فون یا ٹیبلٹ کے کیمرے سے اسکین کرنے پر لنک کھل جاتا ہے
handover-have-code = میرے پاس کوڈ ہے
resume-page-title = اپنا کوڈ لکھیں
resume-hint = کوڈ میں انگریزی حروف اور نمبر ہوتے ہیں، جیسے K3M9-QX2A۔ آپ بیچ کی لکیریں (-) چھوڑ سکتے ہیں۔
resume-error-empty = کوڈ لکھیں
resume-error-character = کوڈ میں کوئی ایسا حرف یا نشان ہے جو کوڈ میں کبھی نہیں ہوتا۔ اسے دیکھیں اور دوبارہ کوشش کریں
resume-error-mistyped = کوڈ صحیح نہیں ہے۔ ہر حرف اور نمبر دیکھیں اور دوبارہ کوشش کریں
resume-error-short = کوڈ کا کچھ حصہ رہ گیا ہے۔ دیکھ لیں کہ آپ نے پورا کوڈ لکھا ہے
resume-error-version = یہ کوڈ سوالوں کے ایک پرانے ورژن کے لیے بنا تھا جو اب اس سروس کے پاس نہیں ہے، اس لیے یہ استعمال نہیں ہو سکتا۔ اس کی جگہ لنک استعمال کریں، یا نئے سرے سے شروع کریں
resume-error-unreachable = ہم اس وقت یہ کوڈ نہیں جانچ سکتے۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں
resume-recheck = یہ کوڈ یا لنک بننے کے بعد سوال بدل گئے ہیں۔ یہ جواب دوبارہ دیکھ لیں:
resume-go-check = اپنے جواب ایک بار دیکھ لیں

results-your-answers = آپ کے جوابات
results-date = تاریخ: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = آپ کے شروع کرنے کے بعد سوال بدل گئے ہیں
questions-changed-kept = ہم نے آپ کے وہ جواب رکھ لیے ہیں جو نئے سوالوں کے ساتھ اب بھی ٹھیک بیٹھتے ہیں۔
questions-changed-removed = آپ نے جن کچھ سوالوں کے جواب دیے تھے وہ اب نہیں پوچھے جاتے، اس لیے ہم نے وہ جواب نکال دیے ہیں۔
questions-changed-recheck = یہ جواب دوبارہ دیکھ لیں:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = آپ کے شروع کرنے کے بعد سوال بدل گئے ہیں۔ آپ کے جواب دیکھنے کے لیے کھولے جا رہے ہیں…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = ہم آپ کے کچھ جواب استعمال نہیں کر سکے
results-not-accepted-body = یہ جواب بدلیں، پھر اپنے نتیجے دوبارہ مانگیں:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = معذرت، اس سروس میں کوئی مسئلہ ہے
results-server-error-body = آپ کے جواب اس صفحے پر محفوظ ہیں۔ کچھ دیر بعد دوبارہ کوشش کریں۔
results-server-error-call = اگر آپ کو ابھی مدد چاہیے تو { -helpline } کو { -helpline-number } پر فون کریں۔

## Start page: notice that a native speaker has not yet checked this translation, with the
## crisis numbers (also shown in English). Each number is a left-to-right link.
unchecked-title = اس ترجمے کی ابھی جانچ نہیں ہوئی
unchecked-body = ابھی کسی اہلِ زبان نے اس ترجمے کی جانچ نہیں کی، اس لیے کچھ الفاظ غلط ہو سکتے ہیں۔ اگر آپ کو ابھی مدد چاہیے:
unchecked-999 = اگر آپ یا کوئی اور اس وقت خطرے میں ہے تو { $number } پر فون کریں۔
unchecked-111 = ذہنی صحت کے بارے میں فوری مدد چاہیے تو NHS کو { $number } پر فون کریں اور ذہنی صحت کا آپشن چنیں۔
unchecked-samaritans = کسی سے بات کرنی ہو تو کسی بھی وقت Samaritans کو { $number } پر مفت فون کریں۔
