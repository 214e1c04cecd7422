## The app's own words (pages, buttons, messages). Questions are in questions.ftl, routes
## and services in routes.ftl. Plain English, reading age about 9.

language-name = English
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = Check what help you could get
person-fallback = the person you help
skip-to-main = Skip to main content
exit-this-page = Exit this page
exit-this-page-hint = , or press Shift 3 times, to leave this site quickly
language-switcher-label = Choose a language
back = Back
continue = Continue
or = or
change = Change
retry = Try again
loading = Loading…
print = Print
copy-summary = Copy summary
copied = The summary has been copied. You can paste it into an e-mail or a document.
clear-answers = Clear my answers
not-answered = Not answered
setting-reduce-motion = Reduce motion on this site
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = Need help? Call { -helpline } on { -helpline-number }, { footer-hours }.
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = Monday to Friday
# Shown before the app starts only when JavaScript is off (written into the page by the build), followed by footer-help.
noscript = This service needs JavaScript, which is turned off or not available in this browser.
footer-privacy = We do not keep your answers. They go only between this browser and this service, locked so nobody else can read them, and are forgotten when you close the browser.

## Start page
# The start page's heading is the service's name, so a council's theme renames both.
start-title = { app-title }
start-intro = Answer some short questions about daily life. We will show you help and advice that could make things easier.
start-time = It takes about 10 minutes. You can answer for yourself or for someone you help.
start-not-assessment = This is not a formal assessment. It does not decide what help you can get. You can always ask the council for an assessment.
start-danger-now = If you or someone else is in danger now, call 999.
start-privacy-title = What happens to your answers
start-privacy = We do not keep your answers. Each time you continue, they are sent to this service to show the next page, then back to this browser, locked so nobody else can read them. They are forgotten when you close the browser, or at once if you choose Exit this page. We do not ask for your name or address.
save-on-device = Save my answers on this device
save-on-device-hint = Only choose this if nobody else uses this device. You can clear your answers at any time.
start-button = Start now
resume-title = You have saved answers on this device
resume-body = You can carry on where you left off, or clear your answers and start again.
resume-button = Carry on
notice-title = Important
notice-dismiss = Hide this message
saved-unreadable = We could not read the answers saved on this device, so we cleared them. You will need to start again.
# The server could not read the answers this browser sent (changed, cut short, or sent before the service restarted).
answers-unreadable = We could not read your answers, so we have not used them. Please start again. If you need help, call the number at the bottom of this page.

## Who is this for?
who-title = Who are you answering for?
who-self = Myself
    .hint = You want to know what help you could get.
who-other = Someone I help or care for
    .hint = For example, a parent, partner, friend or neighbour.
who-staff = I work for the council and I am helping a caller
    .hint = The questions will be worded for you to read out.
who-name-label = Their first name (optional)
who-name-hint = We use it only to word the questions. It stays on this device.
who-error = Select who you are answering for

## Questions
progress-section = Section { $section } of { $sections }
error-prefix = Error:
error-summary-title = There is a problem
error-choose-one = Select one answer
error-choose-some = Select at least one answer, or select “None of these”
# On a question that offers "Prefer not to say". $option: that option's label as shown.
error-choose-or-decline = Select an answer, or choose “{ $option }” if you would rather not say
character-count = You can enter up to { $max } characters

## Urgent help
call-service = Call { $service }
urgent-who-can-help = Who can help
urgent-carry-on-title = When you are ready
urgent-carry-on-body = You can carry on with the questions. We will show this help again with your results.
urgent-carry-on = Carry on with the questions

## Check your answers
check-title = Check your answers
check-send-title = Now see your results
check-send-body = We will use your answers to show help that could fit. We do not keep your answers.
check-send-button = See my results

## Results
results-title = Help that could fit
results-loading = Working out what could help…
results-count = { $perspective ->
   *[self] { $count ->
        [one] We found 1 kind of help for you.
       *[other] We found { $count } kinds of help for you, most important first.
    }
    [other] { $count ->
        [one] We found 1 kind of help for { $name }.
       *[other] We found { $count } kinds of help for { $name }, most important first.
    }
    [staff] { $count ->
        [one] We found 1 kind of help for the caller.
       *[other] We found { $count } kinds of help for the caller, most important first.
    }
}
first-step-title = { $perspective ->
   *[self] What to do first
    [other] What to do first for { $name }
    [staff] What to do first for the caller
}
first-step-web = Go to the { $service } website
results-keep-link = How to print, copy or save this, or carry on from another device
results-keep-title = Keep this, or carry on later
route-more = Who to contact and what to expect
route-more-reasons = More reasons, and who to contact
route-unverified = The council has not yet confirmed these timescales.
contacts-title = Who to contact
contacts-intro = These services can help with more than one of the suggestions above.
contact-helps-with = Can help with:
contact-see = { $service }: see “Who to contact” below
because-you-told-us = Why we suggest this
what-happens-next = What happens next
priority-urgent = Urgent
priority-recommended = Recommended
priority-also-useful = Also useful
results-ask-title = You can always ask for an assessment
results-ask-body = If you think you need help with care, you have a right to ask the council for an assessment. It is free.
results-version = Questions version { $version }

## Contacts
contact-phone = Phone
contact-text-relay = Text relay
contact-hours = Opening times
contact-web = Website
contact-email = Email
contact-address = Address
contact-unverified = Some of these details are still being checked. Call { -helpline } if they do not work.

## Problems
unreachable-title = We cannot reach the service right now
unreachable-body = Your answers are safe on this page. Check your internet connection and try again.
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the whole address.
not-found-start = Go to the start

## Read aloud
listen = Listen
listen-stop = Stop reading
listen-no-voice = This device cannot read this language aloud

## Contact-centre (staff) mode
call-reference = Call reference:
new-call = Start a new call
staff-answers-title = Answers so far
keys-title = Keyboard keys
keys-choose = choose an answer
keys-continue = continue
keys-back = go back
case-note-title = Case note
case-note-hint = Copy this into the case record. It has the call reference, every answer and the help suggested.
case-note-copy = Copy case note
save-as-file = Save as a file
summary-file-name = help-that-could-fit.txt

## Hand-over: carry on on another device or with someone else
handover-link = Continue on another device or with someone else
handover-title = Continue on another device or with someone else
handover-intro = Use the code, the link or the picture code to carry on from another phone or computer, or to let someone else help. You do not need an account.
handover-warning = Anyone with this code or link can see your answers. Only share it with someone you trust. Your name is never in it.
handover-code-title = Code to read out or type
handover-code-hint = On the other device, open this website, choose “I have a code” and type it in. Capital letters or small letters both work.
handover-link-title = Link
handover-link-text = Open this journey
handover-copy-link = Copy link
handover-copied = The link has been copied.
handover-qr-title = Picture code (QR code)
handover-qr-label = A QR code that opens the link on another device’s camera
handover-have-code = I have a code
resume-page-title = Enter your code
resume-hint = The code has letters and numbers, like K3M9-QX2A. You can leave out the dashes.
resume-error-empty = Enter the code
resume-error-character = The code has a letter or sign that codes never have. Check it and try again
resume-error-mistyped = The code is not right. Check each letter and number and try again
resume-error-short = Some of the code is missing. Check you have all of it
resume-error-version = This code was made for an older version of the questions that we no longer have. Use the link instead, or start again
resume-error-unreachable = We cannot check this code right now. Check your internet connection and try again
resume-recheck = The questions have changed since this code or link was made. Check these answers again:
resume-go-check = Check your answers

results-your-answers = Your answers
results-date = Date: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = The questions have changed since you started
questions-changed-kept = We have kept your answers that still fit the new questions.
questions-changed-removed = Some questions you answered are no longer asked, so we have taken out those answers.
questions-changed-recheck = Check these answers again:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = The questions have changed since you started. Opening your answers to check…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = We could not use some of your answers
results-not-accepted-body = Change these answers, then ask for your results again:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = Sorry, there is a problem with the service
results-server-error-body = Your answers are safe on this page. Try again later.
results-server-error-call = If you need help now, call { -helpline } on { -helpline-number }.

## Start page: while the safety messages of a translation (danger, abuse, self-harm, urgent
## help: content/safety-critical.toml) are not yet checked by a native speaker, the start page
## says so, in the page's language and, below it, in English, with the crisis numbers. Never
## shown on English pages. Each { $number } becomes a tap-to-call link: keep it in the sentence.
unchecked-title = This translation has not been checked yet
unchecked-body = A native speaker has not checked this translation yet, so some words may be wrong. If you need help now:
unchecked-999 = If you or someone else is in danger now, call { $number }.
unchecked-111 = For urgent help with mental health, call NHS { $number } and choose the mental health option.
unchecked-samaritans = To talk to someone at any time, call Samaritans free on { $number }.
