## অ্যাপের নিজের লেখা (পেজ, বাটন, বার্তা)। প্রশ্নগুলো questions.ftl-এ, রুট ও সার্ভিস routes.ftl-এ।

language-name = বাংলা
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = আপনি কী সাহায্য পেতে পারেন, দেখে নিন
person-fallback = আপনি যাঁকে সাহায্য করেন সেই মানুষ
skip-to-main = মূল লেখায় চলে যান
exit-this-page = এই পেজ থেকে বেরিয়ে যান
exit-this-page-hint = , অথবা এই সাইট থেকে তাড়াতাড়ি বের হতে Shift কী 3 বার চাপুন
language-switcher-label = ভাষা বেছে নিন
back = ফিরে যান
continue = এগিয়ে যান
or = অথবা
change = বদলান
retry = আবার চেষ্টা করুন
loading = লোড হচ্ছে…
print = প্রিন্ট করুন
copy-summary = সারাংশ কপি করুন
copied = সারাংশ কপি হয়েছে। আপনি এটি কোনো ইমেইল বা ডকুমেন্টে পেস্ট করতে পারেন।
clear-answers = আমার উত্তরগুলো মুছে ফেলুন
not-answered = উত্তর দেওয়া হয়নি
setting-reduce-motion = এই সাইটে নড়াচড়া (অ্যানিমেশন) কমিয়ে দিন
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = সাহায্য লাগবে? { -helpline }-এ { -helpline-number } নম্বরে ফোন করুন, { footer-hours }।
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = সোমবার থেকে শুক্রবার
noscript = এই পরিষেবার জন্য JavaScript দরকার, যা এই ব্রাউজারে বন্ধ আছে বা পাওয়া যাচ্ছে না।
footer-privacy = আমরা আপনার উত্তরগুলো রেখে দিই না। উত্তরগুলো শুধু এই ব্রাউজার আর এই পরিষেবার মধ্যে আসা-যাওয়া করে, তালা দেওয়া অবস্থায়, যাতে অন্য কেউ পড়তে না পারে। ব্রাউজার বন্ধ করলেই সেগুলো মুছে যায়।

## শুরুর পেজ
start-title = { app-title }
start-intro = প্রতিদিনের জীবন নিয়ে কয়েকটি ছোট প্রশ্নের উত্তর দিন। জীবন একটু সহজ করতে পারে এমন সাহায্য আর পরামর্শ আমরা আপনাকে দেখাব।
start-time = এতে প্রায় 10 মিনিট লাগে। আপনি নিজের জন্য উত্তর দিতে পারেন, অথবা যাঁকে আপনি সাহায্য করেন তাঁর জন্যও দিতে পারেন।
start-not-assessment = এটি কোনো আনুষ্ঠানিক মূল্যায়ন (assessment) নয়। আপনি কী সাহায্য পাবেন, তা এটি ঠিক করে না। আপনি যেকোনো সময় কাউন্সিলের কাছে মূল্যায়ন চাইতে পারেন।
start-danger-now = আপনি বা অন্য কেউ যদি এখনই বিপদে থাকেন, 999 নম্বরে ফোন করুন।
start-privacy-title = আপনার উত্তরগুলোর কী হয়
start-privacy = আমরা আপনার উত্তরগুলো রেখে দিই না। প্রতিবার এগিয়ে গেলে, পরের পেজ দেখানোর জন্য উত্তরগুলো এই পরিষেবায় পাঠানো হয়, তারপর আবার এই ব্রাউজারে ফিরে আসে, তালা দেওয়া অবস্থায়, যাতে অন্য কেউ পড়তে না পারে। ব্রাউজার বন্ধ করলে সেগুলো মুছে যায়, আর “এই পেজ থেকে বেরিয়ে যান” বেছে নিলে সঙ্গে সঙ্গেই মুছে যায়। আমরা আপনার নাম বা ঠিকানা জানতে চাই না।
save-on-device = আমার উত্তরগুলো এই ডিভাইসে সেভ করে রাখুন
save-on-device-hint = শুধু তখনই এটি বেছে নিন, যখন এই ডিভাইস আর কেউ ব্যবহার করে না। আপনি যেকোনো সময় উত্তরগুলো মুছে ফেলতে পারেন।
start-button = এখনই শুরু করুন
resume-title = এই ডিভাইসে আপনার সেভ করা উত্তর আছে
resume-body = যেখানে থেমেছিলেন সেখান থেকে আবার শুরু করতে পারেন, অথবা উত্তরগুলো মুছে নতুন করে শুরু করতে পারেন।
resume-button = চালিয়ে যান
notice-title = জরুরি কথা
notice-dismiss = এই বার্তাটি লুকিয়ে রাখুন
saved-unreadable = এই ডিভাইসে সেভ করা উত্তরগুলো আমরা পড়তে পারিনি, তাই সেগুলো মুছে দিয়েছি। আপনাকে আবার প্রথম থেকে শুরু করতে হবে।
answers-unreadable = আমরা আপনার উত্তরগুলো পড়তে পারিনি, তাই সেগুলো ব্যবহার করিনি। অনুগ্রহ করে আবার প্রথম থেকে শুরু করুন। সাহায্য লাগলে এই পেজের নিচে দেওয়া নম্বরে ফোন করুন।

## কার জন্য উত্তর দিচ্ছেন?
who-title = আপনি কার জন্য উত্তর দিচ্ছেন?
who-self = নিজের জন্য
    .hint = আপনি জানতে চান, আপনি কী সাহায্য পেতে পারেন।
who-other = যাঁকে আমি সাহায্য করি বা দেখাশোনা করি, তাঁর জন্য
    .hint = যেমন মা বা বাবা, স্বামী বা স্ত্রী, সঙ্গী, বন্ধু বা প্রতিবেশী।
who-staff = আমি কাউন্সিলে কাজ করি, একজন কলারকে সাহায্য করছি
    .hint = প্রশ্নগুলো এমনভাবে লেখা থাকবে, যাতে আপনি পড়ে শোনাতে পারেন।
who-name-label = তাঁর নাম (না দিলেও চলবে)
who-name-hint = শুধু প্রশ্নগুলো লিখতে আমরা নামটি ব্যবহার করি। এটি এই ডিভাইসেই থাকে।
who-error = আপনি কার জন্য উত্তর দিচ্ছেন, তা বেছে নিন

## প্রশ্ন
progress-section = { $sections }টি অংশের মধ্যে { $section } নম্বর অংশ
error-prefix = সমস্যা:
error-summary-title = একটা সমস্যা হয়েছে
error-choose-one = একটি উত্তর বেছে নিন
error-choose-some = অন্তত একটি উত্তর বেছে নিন, অথবা “এগুলোর কোনোটিই নয়” বেছে নিন

error-choose-or-decline = একটি উত্তর বেছে নিন, অথবা বলতে না চাইলে “{ $option }” বেছে নিন
character-count = আপনি { $max } অক্ষর পর্যন্ত লিখতে পারেন

## জরুরি সাহায্য
call-service = ফোন করুন: { $service }
urgent-who-can-help = কে সাহায্য করতে পারে
urgent-carry-on-title = আপনি যখন তৈরি
urgent-carry-on-body = আপনি প্রশ্নগুলোর উত্তর দেওয়া চালিয়ে যেতে পারেন। ফলাফলের সাথে আমরা এই সাহায্যের কথা আবার দেখাব।
urgent-carry-on = প্রশ্নগুলো চালিয়ে যান

## উত্তর যাচাই
check-title = আপনার উত্তরগুলো দেখে নিন
check-send-title = এবার আপনার ফলাফল দেখুন
check-send-body = আপনার উত্তর দেখে, কোন সাহায্য আপনার কাজে আসতে পারে তা আমরা দেখাব। আমরা আপনার উত্তরগুলো রেখে দিই না।
check-send-button = আমার ফলাফল দেখুন

## ফলাফল
results-title = যে সাহায্য আপনার কাজে আসতে পারে
results-loading = কোন সাহায্য কাজে আসতে পারে, তা দেখা হচ্ছে…
results-count = { $perspective ->
   *[self] { $count ->
        [one] আপনার জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি।
       *[other] আপনার জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি, সবচেয়ে জরুরিটা আগে।
    }
    [other] { $count ->
        [one] { $name }-এর জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি।
       *[other] { $name }-এর জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি, সবচেয়ে জরুরিটা আগে।
    }
    [staff] { $count ->
        [one] কলারের জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি।
       *[other] কলারের জন্য আমরা { $count } ধরনের সাহায্য পেয়েছি, সবচেয়ে জরুরিটা আগে।
    }
}
first-step-title = { $perspective ->
   *[self] প্রথমে কী করবেন
    [other] { $name }-এর জন্য প্রথমে কী করবেন
    [staff] কলারের জন্য প্রথমে কী করবেন
}
first-step-web = ওয়েবসাইটে যান: { $service }
results-keep-link = এটি কীভাবে প্রিন্ট, কপি বা সেভ করবেন, অথবা অন্য ডিভাইস থেকে কীভাবে চালিয়ে যাবেন
results-keep-title = এটি রেখে দিন, অথবা পরে চালিয়ে যান
route-more = কার সাথে যোগাযোগ, কী হতে পারে
route-more-reasons = আরও কারণ, কার সাথে যোগাযোগ
route-unverified = এই সময়সীমাগুলো কাউন্সিল এখনো নিশ্চিত করেনি।
contacts-title = কার সাথে যোগাযোগ করবেন
contacts-intro = এই সার্ভিসগুলো ওপরের একাধিক পরামর্শের বিষয়ে সাহায্য করতে পারে।
contact-helps-with = যেসব বিষয়ে সাহায্য করতে পারে:
contact-see = { $service }: নিচে “কার সাথে যোগাযোগ করবেন” দেখুন
because-you-told-us = কেন আমরা এটি বলছি
what-happens-next = এরপর কী হবে
priority-urgent = জরুরি
priority-recommended = আমাদের পরামর্শ
priority-also-useful = এটিও কাজে আসতে পারে
results-ask-title = আপনি সবসময় মূল্যায়ন (assessment) চাইতে পারেন
results-ask-body = যদি মনে করেন দেখাশোনা বা যত্নের জন্য আপনার সাহায্য দরকার, কাউন্সিলের কাছে মূল্যায়ন চাওয়ার অধিকার আপনার আছে। এর জন্য কোনো টাকা লাগে না।
results-version = প্রশ্নের সংস্করণ { $version }

## যোগাযোগ
contact-phone = ফোন
contact-text-relay = টেক্সট রিলে (Text Relay)
contact-hours = খোলা থাকার সময়
contact-web = ওয়েবসাইট
contact-email = ইমেইল
contact-address = ঠিকানা
contact-unverified = এই তথ্যের কিছু অংশ এখনো যাচাই করা হচ্ছে। কাজ না করলে { -helpline }-এ ফোন করুন।

## সমস্যা
unreachable-title = এই মুহূর্তে আমরা সার্ভিসের সাথে যোগাযোগ করতে পারছি না
unreachable-body = আপনার উত্তরগুলো এই পেজে নিরাপদে আছে। ইন্টারনেট সংযোগ ঠিক আছে কি না দেখে আবার চেষ্টা করুন।
not-found-title = পেজটি পাওয়া যায়নি
not-found-body = আপনি যদি ওয়েব ঠিকানাটি টাইপ করে থাকেন, তা ঠিক আছে কি না দেখে নিন। যদি পেস্ট করে থাকেন, পুরো ঠিকানাটি কপি করেছেন কি না দেখে নিন।
not-found-start = শুরুতে যান

## পড়ে শোনানো
listen = শুনুন
listen-stop = পড়া বন্ধ করুন
listen-no-voice = এই ডিভাইস এই ভাষা পড়ে শোনাতে পারে না

## কন্টাক্ট সেন্টার (স্টাফ) মোড
call-reference = কলের রেফারেন্স:
new-call = নতুন কল শুরু করুন
staff-answers-title = এ পর্যন্ত দেওয়া উত্তর
keys-title = কিবোর্ডের কী
keys-choose = উত্তর বেছে নিন
keys-continue = এগিয়ে যান
keys-back = ফিরে যান
case-note-title = কেস নোট
case-note-hint = এটি কপি করে কেস রেকর্ডে দিন। এতে কলের রেফারেন্স, সব উত্তর আর প্রস্তাবিত সাহায্য আছে।
case-note-copy = কেস নোট কপি করুন
save-as-file = ফাইল হিসেবে সেভ করুন
summary-file-name = help-that-could-fit.txt

## অন্য ডিভাইসে বা অন্য কারো সাথে চালিয়ে যাওয়া
handover-link = অন্য ডিভাইসে বা অন্য কারো সাথে চালিয়ে যান
handover-title = অন্য ডিভাইসে বা অন্য কারো সাথে চালিয়ে যান
handover-intro = অন্য ফোন বা কম্পিউটার থেকে চালিয়ে যেতে, বা অন্য কাউকে সাহায্য করতে দিতে, কোড, লিংক বা ছবি-কোড ব্যবহার করুন। কোনো অ্যাকাউন্ট লাগবে না।
handover-warning = এই কোড বা লিংক যাঁর কাছে থাকবে, তিনিই আপনার উত্তরগুলো দেখতে পাবেন। শুধু এমন কাউকে দিন, যাঁকে আপনি বিশ্বাস করেন। এতে কখনো আপনার নাম থাকে না।
handover-code-title = পড়ে শোনানো বা টাইপ করার কোড
handover-code-hint = অন্য ডিভাইসে এই ওয়েবসাইটটি খুলুন, “আমার কাছে একটি কোড আছে” বেছে নিন, আর কোডটি টাইপ করুন। বড় হাতের বা ছোট হাতের, যেকোনো অক্ষরে লিখলেই চলবে।
handover-link-title = লিংক
handover-link-text = এই উত্তরগুলো খুলুন
handover-copy-link = লিংক কপি করুন
handover-copied = লিংক কপি হয়েছে।
handover-qr-title = ছবি-কোড (QR কোড)
handover-qr-label = একটি QR কোড, যা অন্য ডিভাইসের ক্যামেরা দিয়ে লিংকটি খোলে
handover-have-code = আমার কাছে একটি কোড আছে
resume-page-title = আপনার কোডটি লিখুন
resume-hint = কোডে অক্ষর আর সংখ্যা থাকে, যেমন K3M9-QX2A। মাঝের ড্যাশ (-) না দিলেও চলবে।
resume-error-empty = কোডটি লিখুন
resume-error-character = কোডে এমন একটি অক্ষর বা চিহ্ন আছে, যা কোনো কোডে থাকে না। দেখে নিয়ে আবার চেষ্টা করুন
resume-error-mistyped = কোডটি ঠিক নয়। প্রতিটি অক্ষর আর সংখ্যা দেখে নিয়ে আবার চেষ্টা করুন
resume-error-short = কোডের কিছু অংশ বাদ পড়েছে। পুরো কোডটি লিখেছেন কি না দেখে নিন
resume-error-version = এই কোডটি প্রশ্নগুলোর একটি পুরোনো সংস্করণের জন্য বানানো হয়েছিল, যা এই সার্ভিসে আর নেই, তাই এটি ব্যবহার করা যাবে না। এর বদলে লিংকটি ব্যবহার করুন, অথবা আবার শুরু করুন
resume-error-unreachable = এই মুহূর্তে আমরা এই কোডটি যাচাই করতে পারছি না। ইন্টারনেট সংযোগ ঠিক আছে কি না দেখে আবার চেষ্টা করুন
resume-recheck = এই কোড বা লিংক বানানোর পর প্রশ্নগুলো বদলে গেছে। এই উত্তরগুলো আবার দেখে নিন:
resume-go-check = আপনার উত্তরগুলো দেখে নিন

results-your-answers = আপনার উত্তর
results-date = তারিখ: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = আপনি শুরু করার পর প্রশ্নগুলো বদলে গেছে
questions-changed-kept = যে উত্তরগুলো নতুন প্রশ্নের সাথে এখনো মেলে, সেগুলো আমরা রেখে দিয়েছি।
questions-changed-removed = আপনি উত্তর দিয়েছিলেন এমন কিছু প্রশ্ন এখন আর জিজ্ঞেস করা হয় না, তাই সেই উত্তরগুলো আমরা সরিয়ে দিয়েছি।
questions-changed-recheck = এই উত্তরগুলো আবার দেখে নিন:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = আপনি শুরু করার পর প্রশ্নগুলো বদলে গেছে। দেখে নেওয়ার জন্য আপনার উত্তরগুলো খোলা হচ্ছে…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = আপনার কিছু উত্তর আমরা ব্যবহার করতে পারিনি
results-not-accepted-body = এই উত্তরগুলো বদলান, তারপর আবার আপনার ফলাফল দেখতে চান:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = দুঃখিত, পরিষেবাটিতে একটি সমস্যা হয়েছে
results-server-error-body = আপনার উত্তরগুলো এই পাতায় নিরাপদে আছে। পরে আবার চেষ্টা করুন।
results-server-error-call = এখনই সাহায্য লাগলে { -helpline }-এ { -helpline-number } নম্বরে ফোন করুন।

## Start page: notice that a native speaker has not yet checked this translation, with the
## crisis numbers (also shown in English).
unchecked-title = এই অনুবাদ এখনো যাচাই করা হয়নি
unchecked-body = বাংলা যাঁর মাতৃভাষা এমন কেউ এখনো এই অনুবাদ যাচাই করেননি, তাই কিছু শব্দ ভুল হতে পারে। এখনই সাহায্য দরকার হলে:
unchecked-999 = আপনি বা অন্য কেউ যদি এখনই বিপদে থাকেন, { $number } নম্বরে ফোন করুন।
unchecked-111 = মানসিক স্বাস্থ্যের জন্য জরুরি সাহায্য দরকার হলে, NHS-এর { $number } নম্বরে ফোন করে মানসিক স্বাস্থ্যের অপশনটি বেছে নিন।
unchecked-samaritans = যেকোনো সময় কারো সাথে কথা বলতে চাইলে, Samaritans-এর { $number } নম্বরে বিনা খরচে ফোন করুন।
