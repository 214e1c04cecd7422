## ਐਪ ਦੇ ਆਪਣੇ ਸ਼ਬਦ (ਪੰਨੇ, ਬਟਨ, ਸੁਨੇਹੇ)। ਸਵਾਲ questions.ftl ਵਿੱਚ ਹਨ, ਮਦਦ ਦੇ ਰਾਹ
## ਅਤੇ ਸੇਵਾਵਾਂ routes.ftl ਵਿੱਚ। ਸੌਖੀ ਬੋਲੀ, ਲਗਭਗ 9 ਸਾਲ ਦੇ ਬੱਚੇ ਦੇ ਪੜ੍ਹਨ ਦੇ ਪੱਧਰ ਦੀ।

language-name = ਪੰਜਾਬੀ
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = ਦੇਖੋ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ
person-fallback = ਤੁਹਾਡੇ ਤੋਂ ਮਦਦ ਲੈਣ ਵਾਲੇ ਵਿਅਕਤੀ
skip-to-main = ਸਿੱਧਾ ਮੁੱਖ ਹਿੱਸੇ 'ਤੇ ਜਾਓ
exit-this-page = ਇਹ ਪੰਨਾ ਛੱਡੋ
exit-this-page-hint = , ਜਾਂ ਇਸ ਸਾਈਟ ਤੋਂ ਜਲਦੀ ਨਿਕਲਣ ਲਈ Shift ਬਟਨ 3 ਵਾਰ ਦਬਾਓ
language-switcher-label = ਬੋਲੀ ਚੁਣੋ
back = ਪਿੱਛੇ
continue = ਜਾਰੀ ਰੱਖੋ
or = ਜਾਂ
change = ਬਦਲੋ
retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
print = ਪ੍ਰਿੰਟ ਕਰੋ
copy-summary = ਸਾਰ ਕਾਪੀ ਕਰੋ
copied = ਸਾਰ ਕਾਪੀ ਹੋ ਗਿਆ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਿਸੇ ਈਮੇਲ ਜਾਂ ਦਸਤਾਵੇਜ਼ ਵਿੱਚ ਪੇਸਟ ਕਰ ਸਕਦੇ ਹੋ।
clear-answers = ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
setting-reduce-motion = ਇਸ ਸਾਈਟ 'ਤੇ ਹਿੱਲਜੁੱਲ ਘੱਟ ਕਰੋ
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = ਮਦਦ ਚਾਹੀਦੀ ਹੈ? { -helpline } ਨੂੰ { -helpline-number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ, { footer-hours }।
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ
noscript = ਇਸ ਸੇਵਾ ਲਈ JavaScript ਚਾਹੀਦੀ ਹੈ, ਜੋ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਬੰਦ ਹੈ ਜਾਂ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
footer-privacy = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਆਪਣੇ ਕੋਲ ਨਹੀਂ ਰੱਖਦੇ। ਇਹ ਸਿਰਫ਼ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਅਤੇ ਇਸ ਸੇਵਾ ਵਿਚਕਾਰ ਆਉਂਦੇ-ਜਾਂਦੇ ਹਨ, ਤਾਲਾ ਲਗਾ ਕੇ ਤਾਂ ਜੋ ਕੋਈ ਹੋਰ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਨਾ ਸਕੇ, ਅਤੇ ਬ੍ਰਾਊਜ਼ਰ ਬੰਦ ਕਰਨ 'ਤੇ ਮਿਟ ਜਾਂਦੇ ਹਨ।

## ਸ਼ੁਰੂ ਦਾ ਪੰਨਾ
start-title = { app-title }
start-intro = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਬਾਰੇ ਕੁਝ ਛੋਟੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਅਜਿਹੀ ਮਦਦ ਅਤੇ ਸਲਾਹ ਦਿਖਾਵਾਂਗੇ ਜੋ ਕੰਮਾਂ ਨੂੰ ਸੌਖਾ ਬਣਾ ਸਕਦੀ ਹੈ।
start-time = ਇਸ ਵਿੱਚ ਲਗਭਗ 10 ਮਿੰਟ ਲੱਗਦੇ ਹਨ। ਤੁਸੀਂ ਆਪਣੇ ਲਈ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ, ਜਾਂ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਲਈ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ।
start-not-assessment = ਇਹ ਕੋਈ ਰਸਮੀ ਮੁਲਾਂਕਣ (assessment) ਨਹੀਂ ਹੈ। ਇਸ ਨਾਲ ਇਹ ਫ਼ੈਸਲਾ ਨਹੀਂ ਹੁੰਦਾ ਕਿ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਮਿਲੇਗੀ। ਤੁਸੀਂ ਕਦੇ ਵੀ ਕੌਂਸਲ ਤੋਂ ਮੁਲਾਂਕਣ ਮੰਗ ਸਕਦੇ ਹੋ।
start-danger-now = ਜੇ ਤੁਸੀਂ ਜਾਂ ਕੋਈ ਹੋਰ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
start-privacy-title = ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਦਾ ਕੀ ਹੁੰਦਾ ਹੈ
start-privacy = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਆਪਣੇ ਕੋਲ ਨਹੀਂ ਰੱਖਦੇ। ਹਰ ਵਾਰ ਜਦੋਂ ਤੁਸੀਂ ਅੱਗੇ ਵਧਦੇ ਹੋ, ਅਗਲਾ ਪੰਨਾ ਦਿਖਾਉਣ ਲਈ ਜਵਾਬ ਇਸ ਸੇਵਾ ਨੂੰ ਭੇਜੇ ਜਾਂਦੇ ਹਨ, ਫਿਰ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਵਾਪਸ ਆਉਂਦੇ ਹਨ, ਤਾਲਾ ਲਗਾ ਕੇ ਤਾਂ ਜੋ ਕੋਈ ਹੋਰ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਨਾ ਸਕੇ। ਬ੍ਰਾਊਜ਼ਰ ਬੰਦ ਕਰਨ 'ਤੇ ਇਹ ਮਿਟ ਜਾਂਦੇ ਹਨ, ਜਾਂ ਜੇ ਤੁਸੀਂ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਚੁਣਦੇ ਹੋ ਤਾਂ ਉਸੇ ਵੇਲੇ। ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਂ ਜਾਂ ਪਤਾ ਨਹੀਂ ਪੁੱਛਦੇ।
save-on-device = ਮੇਰੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲ ਕੇ ਰੱਖੋ
save-on-device-hint = ਇਹ ਤਾਂ ਹੀ ਚੁਣੋ ਜੇ ਇਹ ਡਿਵਾਈਸ ਹੋਰ ਕੋਈ ਨਹੀਂ ਵਰਤਦਾ। ਤੁਸੀਂ ਆਪਣੇ ਜਵਾਬ ਕਦੇ ਵੀ ਮਿਟਾ ਸਕਦੇ ਹੋ।
start-button = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
resume-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ
resume-body = ਤੁਸੀਂ ਉੱਥੋਂ ਹੀ ਅੱਗੇ ਚੱਲ ਸਕਦੇ ਹੋ ਜਿੱਥੇ ਤੁਸੀਂ ਛੱਡਿਆ ਸੀ, ਜਾਂ ਆਪਣੇ ਜਵਾਬ ਮਿਟਾ ਕੇ ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ।
resume-button = ਅੱਗੇ ਚੱਲੋ
notice-title = ਜ਼ਰੂਰੀ
notice-dismiss = ਇਹ ਸੁਨੇਹਾ ਲੁਕਾਓ
saved-unreadable = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੇ ਜਵਾਬ ਅਸੀਂ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ, ਇਸ ਲਈ ਅਸੀਂ ਉਹ ਮਿਟਾ ਦਿੱਤੇ ਹਨ। ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਨਾ ਪਵੇਗਾ।
answers-unreadable = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ, ਇਸ ਲਈ ਅਸੀਂ ਉਹਨਾਂ ਨੂੰ ਵਰਤਿਆ ਨਹੀਂ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ। ਜੇ ਤੁਹਾਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਇਸ ਪੰਨੇ ਦੇ ਹੇਠਾਂ ਦਿੱਤੇ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

## ਇਹ ਕਿਸ ਲਈ ਹੈ?
who-title = ਤੁਸੀਂ ਕਿਸ ਲਈ ਜਵਾਬ ਦੇ ਰਹੇ ਹੋ?
who-self = ਆਪਣੇ ਲਈ
    .hint = ਤੁਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।
who-other = ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਲਈ ਜਿਸ ਨੂੰ ਮੇਰੀ ਮਦਦ ਜਾਂ ਦੇਖਭਾਲ ਮਿਲਦੀ ਹੈ
    .hint = ਜਿਵੇਂ ਮਾਤਾ ਜਾਂ ਪਿਤਾ, ਜੀਵਨ ਸਾਥੀ, ਦੋਸਤ ਜਾਂ ਗੁਆਂਢੀ।
who-staff = ਮੈਂ ਕੌਂਸਲ ਦਾ ਕਰਮਚਾਰੀ ਹਾਂ, ਅਤੇ ਕਾਲ ਕਰਨ ਵਾਲੇ ਦੀ ਮਦਦ ਲਈ ਇੱਥੇ ਹਾਂ
    .hint = ਸਵਾਲ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੇ ਹੋਣਗੇ ਕਿ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਸਕੋ।
who-name-label = ਉਹਨਾਂ ਦਾ ਪਹਿਲਾ ਨਾਂ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
who-name-hint = ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਸਵਾਲ ਲਿਖਣ ਲਈ ਵਰਤਦੇ ਹਾਂ। ਇਹ ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਰਹਿੰਦਾ ਹੈ।
who-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਲਈ ਜਵਾਬ ਦੇ ਰਹੇ ਹੋ

## ਸਵਾਲ
progress-section = { $sections } ਵਿੱਚੋਂ ਹਿੱਸਾ { $section }
error-prefix = ਗ਼ਲਤੀ:
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-choose-one = ਇੱਕ ਜਵਾਬ ਚੁਣੋ
error-choose-some = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ “ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ” ਚੁਣੋ
# ਉਸ ਸਵਾਲ 'ਤੇ ਜਿਸ ਵਿੱਚ "ਦੱਸਣਾ ਨਹੀਂ ਚਾਹੁੰਦੇ" ਵਾਲਾ ਵਿਕਲਪ ਹੈ। $option: ਉਸ ਵਿਕਲਪ ਦਾ ਲੇਬਲ, ਜਿਵੇਂ ਦਿਸਦਾ ਹੈ।
error-choose-or-decline = ਕੋਈ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਤਾਂ “{ $option }” ਚੁਣੋ
character-count = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਲਿਖ ਸਕਦੇ ਹੋ

## ਫ਼ੌਰੀ ਮਦਦ
call-service = { $service } ਨੂੰ ਫ਼ੋਨ ਕਰੋ
urgent-who-can-help = ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ
urgent-carry-on-title = ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਹੋਵੋ
urgent-carry-on-body = ਤੁਸੀਂ ਸਵਾਲਾਂ ਨਾਲ ਅੱਗੇ ਚੱਲ ਸਕਦੇ ਹੋ। ਅਸੀਂ ਇਹ ਮਦਦ ਤੁਹਾਡੇ ਨਤੀਜਿਆਂ ਦੇ ਨਾਲ ਦੁਬਾਰਾ ਦਿਖਾਵਾਂਗੇ।
urgent-carry-on = ਸਵਾਲਾਂ ਨਾਲ ਅੱਗੇ ਚੱਲੋ

## ਆਪਣੇ ਜਵਾਬ ਦੇਖੋ
check-title = ਆਪਣੇ ਜਵਾਬ ਦੇਖ ਲਓ
check-send-title = ਹੁਣ ਆਪਣੇ ਨਤੀਜੇ ਦੇਖੋ
check-send-body = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਉਹ ਮਦਦ ਦਿਖਾਵਾਂਗੇ ਜੋ ਢੁਕਵੀਂ ਹੋ ਸਕਦੀ ਹੈ। ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ ਆਪਣੇ ਕੋਲ ਨਹੀਂ ਰੱਖਦੇ।
check-send-button = ਮੇਰੇ ਨਤੀਜੇ ਦਿਖਾਓ

## ਨਤੀਜੇ
results-title = ਮਦਦ ਜੋ ਕੰਮ ਆ ਸਕਦੀ ਹੈ
results-loading = ਪਤਾ ਲਗਾ ਰਹੇ ਹਾਂ ਕਿ ਕਿਹੜੀ ਮਦਦ ਕੰਮ ਆ ਸਕਦੀ ਹੈ…
results-count = { $perspective ->
   *[self] { $count ->
        [one] ਸਾਨੂੰ ਤੁਹਾਡੇ ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ।
       *[other] ਸਾਨੂੰ ਤੁਹਾਡੇ ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ, ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਪਹਿਲਾਂ।
    }
    [other] { $count ->
        [one] ਸਾਨੂੰ { $name } ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ।
       *[other] ਸਾਨੂੰ { $name } ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ, ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਪਹਿਲਾਂ।
    }
    [staff] { $count ->
        [one] ਸਾਨੂੰ ਕਾਲ ਕਰਨ ਵਾਲੇ ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ।
       *[other] ਸਾਨੂੰ ਕਾਲ ਕਰਨ ਵਾਲੇ ਲਈ { $count } ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਮਿਲੀ ਹੈ, ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਪਹਿਲਾਂ।
    }
}
first-step-title = { $perspective ->
   *[self] ਪਹਿਲਾਂ ਕੀ ਕਰਨਾ ਹੈ
    [other] { $name } ਲਈ ਪਹਿਲਾਂ ਕੀ ਕਰਨਾ ਹੈ
    [staff] ਕਾਲ ਕਰਨ ਵਾਲੇ ਲਈ ਪਹਿਲਾਂ ਕੀ ਕਰਨਾ ਹੈ
}
first-step-web = { $service } ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਜਾਓ
results-keep-link = ਇਸ ਨੂੰ ਕਿਵੇਂ ਪ੍ਰਿੰਟ, ਕਾਪੀ ਜਾਂ ਸੰਭਾਲਣਾ ਹੈ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਤੋਂ ਕਿਵੇਂ ਅੱਗੇ ਚੱਲਣਾ ਹੈ
results-keep-title = ਇਸ ਨੂੰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ, ਜਾਂ ਬਾਅਦ ਵਿੱਚ ਅੱਗੇ ਚੱਲੋ
route-more = ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰੀਏ ਅਤੇ ਕੀ ਉਮੀਦ ਰੱਖੀਏ
route-more-reasons = ਹੋਰ ਕਾਰਨ, ਅਤੇ ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ
route-unverified = ਕੌਂਸਲ ਨੇ ਅਜੇ ਇਹਨਾਂ ਸਮਾਂ-ਸੀਮਾਵਾਂ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨੀ ਹੈ।
contacts-title = ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ
contacts-intro = ਇਹ ਸੇਵਾਵਾਂ ਉੱਪਰ ਦਿੱਤੇ ਇੱਕ ਤੋਂ ਵੱਧ ਸੁਝਾਵਾਂ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ।
contact-helps-with = ਇਹਨਾਂ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ:
contact-see = { $service }: ਹੇਠਾਂ “ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ” ਦੇਖੋ
because-you-told-us = ਅਸੀਂ ਇਹ ਕਿਉਂ ਦੱਸ ਰਹੇ ਹਾਂ
what-happens-next = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
priority-urgent = ਫ਼ੌਰੀ
priority-recommended = ਸਾਡੀ ਸਲਾਹ
priority-also-useful = ਇਹ ਵੀ ਕੰਮ ਆ ਸਕਦਾ ਹੈ
results-ask-title = ਤੁਸੀਂ ਕਦੇ ਵੀ ਮੁਲਾਂਕਣ (assessment) ਮੰਗ ਸਕਦੇ ਹੋ
results-ask-body = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਦੇਖਭਾਲ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੌਂਸਲ ਤੋਂ ਮੁਲਾਂਕਣ ਮੰਗਣ ਦਾ ਹੱਕ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
results-version = ਸਵਾਲਾਂ ਦਾ ਸੰਸਕਰਣ { $version }

## ਸੰਪਰਕ
contact-phone = ਫ਼ੋਨ
contact-text-relay = ਟੈਕਸਟ ਰਿਲੇ (Text Relay)
contact-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
contact-web = ਵੈੱਬਸਾਈਟ
contact-email = ਈਮੇਲ
contact-address = ਪਤਾ
contact-unverified = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਜਾਣਕਾਰੀ ਦੀ ਅਜੇ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ। ਜੇ ਇਹ ਕੰਮ ਨਾ ਕਰੇ, ਤਾਂ { -helpline } ਨੂੰ ਫ਼ੋਨ ਕਰੋ।

## ਸਮੱਸਿਆਵਾਂ
unreachable-title = ਅਸੀਂ ਇਸ ਵੇਲੇ ਸੇਵਾ ਨਾਲ ਜੁੜ ਨਹੀਂ ਸਕਦੇ
unreachable-body = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਪੰਨੇ 'ਤੇ ਸੁਰੱਖਿਅਤ ਹਨ। ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਆਪ ਲਿਖਿਆ ਸੀ, ਤਾਂ ਦੇਖੋ ਕਿ ਉਹ ਠੀਕ ਹੈ। ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਪੇਸਟ ਕੀਤਾ ਸੀ, ਤਾਂ ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਪੂਰਾ ਪਤਾ ਕਾਪੀ ਕੀਤਾ ਸੀ।
not-found-start = ਸ਼ੁਰੂ 'ਤੇ ਜਾਓ

## ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
listen = ਸੁਣੋ
listen-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ
listen-no-voice = ਇਹ ਡਿਵਾਈਸ ਇਸ ਬੋਲੀ ਨੂੰ ਪੜ੍ਹ ਕੇ ਨਹੀਂ ਸੁਣਾ ਸਕਦਾ

## ਕੌਂਸਲ ਦੇ ਕਾਲ ਸੈਂਟਰ (ਸਟਾਫ਼) ਲਈ
call-reference = ਕਾਲ ਦਾ ਹਵਾਲਾ ਨੰਬਰ:
new-call = ਨਵੀਂ ਕਾਲ ਸ਼ੁਰੂ ਕਰੋ
staff-answers-title = ਹੁਣ ਤੱਕ ਦੇ ਜਵਾਬ
keys-title = ਕੀਬੋਰਡ ਦੇ ਬਟਨ
keys-choose = ਜਵਾਬ ਚੁਣੋ
keys-continue = ਜਾਰੀ ਰੱਖੋ
keys-back = ਪਿੱਛੇ ਜਾਓ
case-note-title = ਕੇਸ ਨੋਟ
case-note-hint = ਇਸ ਨੂੰ ਕੇਸ ਰਿਕਾਰਡ ਵਿੱਚ ਕਾਪੀ ਕਰੋ। ਇਸ ਵਿੱਚ ਕਾਲ ਦਾ ਹਵਾਲਾ ਨੰਬਰ, ਹਰ ਜਵਾਬ ਅਤੇ ਦੱਸੀ ਗਈ ਮਦਦ ਹੈ।
case-note-copy = ਕੇਸ ਨੋਟ ਕਾਪੀ ਕਰੋ
save-as-file = ਫ਼ਾਈਲ ਵਜੋਂ ਸੰਭਾਲੋ
summary-file-name = help-that-could-fit.txt

## ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ 'ਤੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨਾਲ ਅੱਗੇ ਚੱਲੋ
handover-link = ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ 'ਤੇ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਨਾਲ ਅੱਗੇ ਚੱਲੋ
handover-title = ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ 'ਤੇ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਨਾਲ ਅੱਗੇ ਚੱਲੋ
handover-intro = ਕਿਸੇ ਹੋਰ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੋਂ ਅੱਗੇ ਚੱਲਣ ਲਈ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਤੋਂ ਮਦਦ ਲੈਣ ਲਈ, ਕੋਡ, ਲਿੰਕ ਜਾਂ ਤਸਵੀਰ ਵਾਲਾ ਕੋਡ ਵਰਤੋ। ਤੁਹਾਨੂੰ ਕੋਈ ਖਾਤਾ (account) ਬਣਾਉਣ ਦੀ ਲੋੜ ਨਹੀਂ।
handover-warning = ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਕੋਡ ਜਾਂ ਲਿੰਕ ਹੋਵੇਗਾ, ਉਹ ਤੁਹਾਡੇ ਜਵਾਬ ਦੇਖ ਸਕਦਾ ਹੈ। ਇਹ ਸਿਰਫ਼ ਉਸੇ ਨਾਲ ਸਾਂਝਾ ਕਰੋ ਜਿਸ 'ਤੇ ਤੁਹਾਨੂੰ ਭਰੋਸਾ ਹੋਵੇ। ਇਸ ਵਿੱਚ ਤੁਹਾਡਾ ਨਾਂ ਕਦੇ ਨਹੀਂ ਹੁੰਦਾ।
handover-code-title = ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਜਾਂ ਟਾਈਪ ਕਰਨ ਲਈ ਕੋਡ
handover-code-hint = ਦੂਜੀ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਵੈੱਬਸਾਈਟ ਖੋਲ੍ਹੋ, “ਮੇਰੇ ਕੋਲ ਕੋਡ ਹੈ” ਚੁਣੋ, ਅਤੇ ਕੋਡ ਟਾਈਪ ਕਰੋ। ਵੱਡੇ ਜਾਂ ਛੋਟੇ, ਦੋਵੇਂ ਤਰ੍ਹਾਂ ਦੇ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ ਚੱਲਦੇ ਹਨ।
handover-link-title = ਲਿੰਕ
handover-link-text = ਇਹ ਲਿੰਕ ਖੋਲ੍ਹ ਕੇ ਅੱਗੇ ਚੱਲੋ
handover-copy-link = ਲਿੰਕ ਕਾਪੀ ਕਰੋ
handover-copied = ਲਿੰਕ ਕਾਪੀ ਹੋ ਗਿਆ ਹੈ।
handover-qr-title = ਤਸਵੀਰ ਵਾਲਾ ਕੋਡ (QR ਕੋਡ)
handover-qr-label = ਇੱਕ QR ਕੋਡ, ਜੋ ਦੂਜੀ ਡਿਵਾਈਸ ਦੇ ਕੈਮਰੇ ਨਾਲ ਲਿੰਕ ਖੋਲ੍ਹਦਾ ਹੈ
handover-have-code = ਮੇਰੇ ਕੋਲ ਕੋਡ ਹੈ
resume-page-title = ਆਪਣਾ ਕੋਡ ਲਿਖੋ
resume-hint = ਕੋਡ ਵਿੱਚ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ K3M9-QX2A। ਤੁਸੀਂ ਡੈਸ਼ (-) ਛੱਡ ਸਕਦੇ ਹੋ।
resume-error-empty = ਕੋਡ ਲਿਖੋ
resume-error-character = ਕੋਡ ਵਿੱਚ ਅਜਿਹਾ ਅੱਖਰ ਜਾਂ ਨਿਸ਼ਾਨ ਹੈ ਜੋ ਕੋਡਾਂ ਵਿੱਚ ਕਦੇ ਨਹੀਂ ਹੁੰਦਾ। ਇਸ ਨੂੰ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
resume-error-mistyped = ਕੋਡ ਠੀਕ ਨਹੀਂ ਹੈ। ਹਰ ਅੱਖਰ ਅਤੇ ਅੰਕ ਨੂੰ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
resume-error-short = ਕੋਡ ਦਾ ਕੁਝ ਹਿੱਸਾ ਰਹਿ ਗਿਆ ਹੈ। ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਪੂਰਾ ਕੋਡ ਲਿਖਿਆ ਹੈ
resume-error-version = ਇਹ ਕੋਡ ਸਵਾਲਾਂ ਦੇ ਇੱਕ ਪੁਰਾਣੇ ਰੂਪ ਲਈ ਬਣਿਆ ਸੀ, ਜੋ ਹੁਣ ਇਸ ਸੇਵਾ ਕੋਲ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਇਸ ਦੀ ਥਾਂ ਲਿੰਕ ਵਰਤੋ, ਜਾਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
resume-error-unreachable = ਅਸੀਂ ਇਸ ਵੇਲੇ ਇਹ ਕੋਡ ਜਾਂਚ ਨਹੀਂ ਸਕਦੇ। ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
resume-recheck = ਇਹ ਕੋਡ ਜਾਂ ਲਿੰਕ ਬਣਨ ਤੋਂ ਬਾਅਦ ਸਵਾਲ ਬਦਲ ਗਏ ਹਨ। ਇਹਨਾਂ ਜਵਾਬਾਂ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖ ਲਓ:
resume-go-check = ਆਪਣੇ ਜਵਾਬ ਦੇਖ ਲਓ

results-your-answers = ਤੁਹਾਡੇ ਜਵਾਬ
results-date = ਤਾਰੀਖ: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = ਤੁਹਾਡੇ ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਬਾਅਦ ਸਵਾਲ ਬਦਲ ਗਏ ਹਨ
questions-changed-kept = ਅਸੀਂ ਤੁਹਾਡੇ ਉਹ ਜਵਾਬ ਰੱਖ ਲਏ ਹਨ ਜੋ ਨਵੇਂ ਸਵਾਲਾਂ ਨਾਲ ਅਜੇ ਵੀ ਮੇਲ ਖਾਂਦੇ ਹਨ।
questions-changed-removed = ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿੱਤੇ ਸਨ, ਉਹ ਹੁਣ ਨਹੀਂ ਪੁੱਛੇ ਜਾਂਦੇ, ਇਸ ਲਈ ਅਸੀਂ ਉਹ ਜਵਾਬ ਹਟਾ ਦਿੱਤੇ ਹਨ।
questions-changed-recheck = ਇਹ ਜਵਾਬ ਦੁਬਾਰਾ ਦੇਖ ਲਓ:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = ਤੁਹਾਡੇ ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਬਾਅਦ ਸਵਾਲ ਬਦਲ ਗਏ ਹਨ। ਦੇਖਣ ਲਈ ਤੁਹਾਡੇ ਜਵਾਬ ਖੋਲ੍ਹੇ ਜਾ ਰਹੇ ਹਨ…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = ਅਸੀਂ ਤੁਹਾਡੇ ਕੁਝ ਜਵਾਬ ਵਰਤ ਨਹੀਂ ਸਕੇ
results-not-accepted-body = ਇਹ ਜਵਾਬ ਬਦਲੋ, ਫਿਰ ਆਪਣੇ ਨਤੀਜੇ ਦੁਬਾਰਾ ਮੰਗੋ:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = ਮਾਫ਼ ਕਰਨਾ, ਸੇਵਾ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ
results-server-error-body = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਪੰਨੇ 'ਤੇ ਸੁਰੱਖਿਅਤ ਹਨ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
results-server-error-call = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ { -helpline } ਨੂੰ { -helpline-number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

## Start page: notice that a native speaker has not yet checked this translation, with the
## crisis numbers (also shown in English).
unchecked-title = ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਜਾਂਚ ਨਹੀਂ ਹੋਈ
unchecked-body = ਪੰਜਾਬੀ ਮਾਂ-ਬੋਲੀ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਇਸ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ, ਇਸ ਲਈ ਕੁਝ ਸ਼ਬਦ ਗ਼ਲਤ ਹੋ ਸਕਦੇ ਹਨ। ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੇਲੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ:
unchecked-999 = ਜੇ ਤੁਸੀਂ ਜਾਂ ਕੋਈ ਹੋਰ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ { $number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
unchecked-111 = ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਫ਼ੌਰੀ ਮਦਦ ਵਾਸਤੇ, NHS ਨੂੰ { $number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ ਚੁਣੋ।
unchecked-samaritans = ਕਿਸੇ ਵੀ ਵੇਲੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ, Samaritans ਨੂੰ { $number } 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ।
