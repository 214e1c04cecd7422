## Słowa samej aplikacji (strony, przyciski, komunikaty). Pytania są w questions.ftl,
## ścieżki pomocy i usługi w routes.ftl.
##
## Rejestr: do czytelnika zwracamy się „Pan/Pani” (czasownik w 3. osobie). Przyciski i linki
## mają krótką formę, jak na większości polskich stron (Dalej, Wstecz, Zmień). Polecenia w
## tekście: „Proszę…” albo forma bezosobowa („Można…”). Unikamy form zależnych od płci.

language-name = Polski
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = Sprawdź, jaką pomoc można dostać
person-fallback = osoba pod Pana/Pani opieką
skip-to-main = Przejdź do głównej treści
exit-this-page = Wyjdź z tej strony
exit-this-page-hint = , albo proszę 3 razy nacisnąć klawisz Shift, aby szybko opuścić tę stronę
language-switcher-label = Wybierz język
back = Wstecz
continue = Dalej
or = albo
change = Zmień
retry = Spróbuj ponownie
loading = Ładowanie…
print = Drukuj
copy-summary = Kopiuj podsumowanie
copied = Podsumowanie jest skopiowane. Można je wkleić do e-maila albo do dokumentu.
clear-answers = Usuń moje odpowiedzi
not-answered = Brak odpowiedzi
setting-reduce-motion = Mniej animacji na tej stronie
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = Potrzebuje Pan/Pani pomocy? Proszę zadzwonić do { -helpline }: { -helpline-number }, { footer-hours }.
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = od poniedziałku do piątku
noscript = Ta usługa wymaga JavaScriptu, który w tej przeglądarce jest wyłączony lub niedostępny.
footer-privacy = Nie przechowujemy Pana/Pani odpowiedzi. Są przesyłane tylko między tą przeglądarką a tą usługą, zabezpieczone tak, żeby nikt inny nie mógł ich odczytać, i znikają po zamknięciu przeglądarki.

## Strona startowa
start-title = { app-title }
start-intro = Proszę odpowiedzieć na kilka krótkich pytań o codzienne życie. Pokażemy pomoc i porady, które mogą ułatwić życie.
start-time = To zajmuje około 10 minut. Można odpowiadać za siebie albo za osobę, której Pan/Pani pomaga.
start-not-assessment = To nie jest formalna ocena potrzeb. Nie decyduje, jaką pomoc Pan/Pani dostanie. Zawsze można poprosić urząd miasta (council) o ocenę potrzeb.
start-danger-now = Jeśli Pan/Pani albo ktoś inny jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999.
start-privacy-title = Co dzieje się z odpowiedziami
start-privacy = Nie przechowujemy Pana/Pani odpowiedzi. Za każdym razem, gdy przechodzi Pan/Pani dalej, odpowiedzi trafiają do tej usługi, żeby pokazać następną stronę, a potem wracają do tej przeglądarki, zabezpieczone tak, żeby nikt inny nie mógł ich odczytać. Znikają po zamknięciu przeglądarki albo od razu po wybraniu „Wyjdź z tej strony”. Nie pytamy o imię i nazwisko ani o adres.
save-on-device = Zapisz moje odpowiedzi na tym urządzeniu
save-on-device-hint = Proszę to wybrać tylko wtedy, gdy nikt inny nie korzysta z tego urządzenia. Odpowiedzi można usunąć w każdej chwili.
start-button = Zacznij teraz
resume-title = Na tym urządzeniu są zapisane odpowiedzi
resume-body = Można wrócić do pytań i odpowiadać dalej. Można też usunąć odpowiedzi i zacząć od nowa.
resume-button = Kontynuuj
notice-title = Ważne
notice-dismiss = Ukryj tę wiadomość
saved-unreadable = Nie udało się odczytać odpowiedzi zapisanych na tym urządzeniu, więc je usunęliśmy. Trzeba zacząć od nowa.
answers-unreadable = Nie udało się odczytać odpowiedzi, więc ich nie użyliśmy. Proszę zacząć od nowa. Jeśli potrzebuje Pan/Pani pomocy, proszę zadzwonić pod numer podany na dole tej strony.

## Dla kogo?
who-title = Dla kogo szuka Pan/Pani pomocy?
who-self = Dla siebie
    .hint = Chce Pan/Pani sprawdzić, jaką pomoc może dostać.
who-other = Dla osoby, której pomagam albo którą się opiekuję
    .hint = Na przykład dla mamy, taty, partnera, przyjaciela albo sąsiada.
who-staff = Pracuję w urzędzie miasta i pomagam osobie, która dzwoni
    .hint = Pytania będą ułożone tak, żeby można je było przeczytać na głos.
who-name-label = Imię tej osoby (nieobowiązkowe)
who-name-hint = Używamy go tylko w treści pytań. Zostaje na tym urządzeniu.
who-error = Proszę wybrać, dla kogo szuka Pan/Pani pomocy

## Pytania
progress-section = Część { $section } z { $sections }
error-prefix = Błąd:
error-summary-title = Wystąpił problem
error-choose-one = Proszę wybrać jedną odpowiedź
error-choose-some = Proszę wybrać co najmniej jedną odpowiedź albo „Żadne z powyższych”
# Przy pytaniu, które ma odpowiedź „Wolę nie odpowiadać”. $option: treść tej odpowiedzi, tak jak ją widać.
error-choose-or-decline = Proszę wybrać odpowiedź albo „{ $option }”, jeśli woli Pan/Pani nie odpowiadać
character-count = Można wpisać do { $max } znaków

## Pilna pomoc
call-service = Zadzwoń: { $service }
urgent-who-can-help = Kto może pomóc
urgent-carry-on-title = Kiedy Pan/Pani zechce
urgent-carry-on-body = Można wrócić do pytań. Tę pomoc pokażemy jeszcze raz razem z wynikami.
urgent-carry-on = Wróć do pytań

## Sprawdzenie odpowiedzi
check-title = Sprawdź odpowiedzi
check-send-title = Teraz można zobaczyć wyniki
check-send-body = Na podstawie odpowiedzi pokażemy pomoc, która może pasować. Nie przechowujemy odpowiedzi.
check-send-button = Pokaż moje wyniki

## Wyniki
results-title = Pomoc, która może pasować
results-loading = Sprawdzamy, co może pomóc…
results-count = { $perspective ->
   *[self] { $count ->
        [one] Znaleźliśmy 1 rodzaj pomocy dla Pana/Pani.
        [few] Znaleźliśmy { $count } rodzaje pomocy dla Pana/Pani, od najważniejszego.
        [many] Znaleźliśmy { $count } rodzajów pomocy dla Pana/Pani, od najważniejszego.
       *[other] Znaleźliśmy { $count } rodzajów pomocy dla Pana/Pani, od najważniejszego.
    }
    [other] { $count ->
        [one] Znaleźliśmy 1 rodzaj pomocy, z której może skorzystać { $name }.
        [few] Znaleźliśmy { $count } rodzaje pomocy, z których może skorzystać { $name }, od najważniejszego.
        [many] Znaleźliśmy { $count } rodzajów pomocy, z których może skorzystać { $name }, od najważniejszego.
       *[other] Znaleźliśmy { $count } rodzajów pomocy, z których może skorzystać { $name }, od najważniejszego.
    }
    [staff] { $count ->
        [one] Znaleźliśmy 1 rodzaj pomocy dla rozmówcy.
        [few] Znaleźliśmy { $count } rodzaje pomocy dla rozmówcy, od najważniejszego.
        [many] Znaleźliśmy { $count } rodzajów pomocy dla rozmówcy, od najważniejszego.
       *[other] Znaleźliśmy { $count } rodzajów pomocy dla rozmówcy, od najważniejszego.
    }
}
first-step-title = { $perspective ->
   *[self] Co zrobić najpierw
    [other] Co zrobić najpierw, gdy pomocy potrzebuje { $name }
    [staff] Co zrobić najpierw, by pomóc rozmówcy
}
first-step-web = Przejdź na stronę: { $service }
results-keep-link = Jak wydrukować, skopiować albo zapisać te wyniki lub kontynuować na innym urządzeniu
results-keep-title = Jak zachować te wyniki albo dokończyć później
route-more = Z kim się skontaktować i co dalej
route-more-reasons = Inne powody i do kogo się zwrócić
route-unverified = Urząd miasta musi jeszcze potwierdzić te terminy.
contacts-title = Z kim się skontaktować
contacts-intro = Te usługi mogą pomóc w więcej niż jednej sprawie z listy powyżej.
contact-helps-with = W czym może pomóc:
contact-see = { $service }: szczegóły w części „Z kim się skontaktować” poniżej
because-you-told-us = Dlaczego to proponujemy
what-happens-next = Co dalej
priority-urgent = Pilne
priority-recommended = Zalecane
priority-also-useful = Może się też przydać
results-ask-title = Zawsze można poprosić o ocenę potrzeb
results-ask-body = Jeśli uważa Pan/Pani, że potrzebna jest pomoc w opiece, ma Pan/Pani prawo poprosić urząd miasta o ocenę potrzeb. Jest bezpłatna.
results-version = Wersja pytań: { $version }

## Kontakty
contact-phone = Telefon
contact-text-relay = Text Relay (dla osób niesłyszących lub mających trudności z mówieniem)
contact-hours = Godziny otwarcia
contact-web = Strona internetowa
contact-email = E-mail
contact-address = Adres
contact-unverified = Niektóre z tych danych wciąż sprawdzamy. Jeśli nie działają, proszę zadzwonić do { -helpline }.

## Problemy
unreachable-title = Nie możemy teraz połączyć się z serwisem
unreachable-body = Odpowiedzi są bezpieczne na tej stronie. Proszę sprawdzić połączenie z internetem i spróbować ponownie.
not-found-title = Nie znaleziono strony
not-found-body = Jeśli adres strony był wpisany ręcznie, proszę sprawdzić, czy jest poprawny. Jeśli był wklejony, proszę sprawdzić, czy skopiowano cały adres.
not-found-start = Przejdź na początek

## Czytanie na głos
listen = Posłuchaj
listen-stop = Zatrzymaj czytanie
listen-no-voice = To urządzenie nie potrafi czytać na głos po polsku

## Tryb dla pracowników centrum obsługi
call-reference = Numer rozmowy:
new-call = Zacznij nową rozmowę
staff-answers-title = Dotychczasowe odpowiedzi
keys-title = Klawisze
keys-choose = wybór odpowiedzi
keys-continue = dalej
keys-back = wstecz
case-note-title = Notatka do sprawy
case-note-hint = Proszę skopiować to do akt sprawy. Jest tu numer rozmowy, wszystkie odpowiedzi i proponowana pomoc.
case-note-copy = Kopiuj notatkę
save-as-file = Zapisz jako plik
summary-file-name = pomoc-ktora-moze-pasowac.txt

## Przekazanie: dalej na innym urządzeniu albo z kimś innym
handover-link = Kontynuuj na innym urządzeniu albo z kimś innym
handover-title = Kontynuuj na innym urządzeniu albo z kimś innym
handover-intro = Kod, link albo kod obrazkowy pozwala odpowiadać dalej na innym telefonie lub komputerze. Można też dać go komuś, kto pomoże. Nie trzeba zakładać konta.
handover-warning = Każdy, kto ma ten kod albo link, zobaczy odpowiedzi. Proszę dawać go tylko osobom, którym Pan/Pani ufa. Nie ma w nim imienia ani nazwiska.
handover-code-title = Kod do przeczytania albo wpisania
handover-code-hint = Na drugim urządzeniu proszę otworzyć tę stronę, wybrać „Mam kod” i wpisać kod. Można pisać wielkimi albo małymi literami.
handover-link-title = Link
handover-link-text = Otwórz te odpowiedzi
handover-copy-link = Kopiuj link
handover-copied = Link jest skopiowany.
handover-qr-title = Kod obrazkowy (kod QR)
handover-qr-label = Kod QR, który otwiera link w aparacie innego urządzenia
handover-have-code = Mam kod
resume-page-title = Wpisz kod
resume-hint = Kod ma litery i cyfry, na przykład K3M9-QX2A. Można pominąć myślniki.
resume-error-empty = Proszę wpisać kod
resume-error-character = W kodzie jest litera albo znak, którego nie ma w żadnym kodzie. Proszę sprawdzić i spróbować ponownie
resume-error-mistyped = Kod jest niepoprawny. Proszę sprawdzić każdą literę i cyfrę i spróbować ponownie
resume-error-short = Brakuje części kodu. Proszę sprawdzić, czy jest cały
resume-error-version = Ten kod powstał dla starszej wersji pytań, której serwis już nie ma, więc nie da się go użyć. Proszę użyć linku albo zacząć od nowa
resume-error-unreachable = Nie możemy teraz sprawdzić tego kodu. Proszę sprawdzić połączenie z internetem i spróbować ponownie
resume-recheck = Pytania zmieniły się od czasu utworzenia tego kodu lub linku. Proszę jeszcze raz sprawdzić te odpowiedzi:
resume-go-check = Sprawdź odpowiedzi

results-your-answers = Odpowiedzi
results-date = Data: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = Pytania zmieniły się od czasu rozpoczęcia
questions-changed-kept = Zachowaliśmy odpowiedzi, które nadal pasują do nowych pytań.
questions-changed-removed = Niektóre pytania, na które była już odpowiedź, nie są już zadawane, więc usunęliśmy te odpowiedzi.
questions-changed-recheck = Proszę jeszcze raz sprawdzić te odpowiedzi:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = Pytania zmieniły się od czasu rozpoczęcia. Otwieramy odpowiedzi do sprawdzenia…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = Nie udało się użyć niektórych odpowiedzi
results-not-accepted-body = Proszę zmienić te odpowiedzi, a potem jeszcze raz poprosić o wyniki:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = Przepraszamy, wystąpił problem z usługą
results-server-error-body = Odpowiedzi są bezpieczne na tej stronie. Proszę spróbować ponownie później.
results-server-error-call = Jeśli potrzebuje Pan/Pani pomocy teraz, proszę zadzwonić do { -helpline }: { -helpline-number }.

## Strona startowa: ostrzeżenie, że tłumaczenia nie sprawdził jeszcze rodzimy użytkownik
## języka, z numerami alarmowymi (pokazywane także po angielsku).
unchecked-title = To tłumaczenie nie zostało jeszcze sprawdzone
unchecked-body = Tłumaczenia nie sprawdziła jeszcze osoba, dla której polski jest językiem ojczystym, więc niektóre słowa mogą być błędne. Jeśli potrzebuje Pan/Pani pomocy teraz:
unchecked-999 = Jeśli Panu/Pani albo komuś innemu grozi teraz niebezpieczeństwo, proszę zadzwonić pod numer { $number }.
unchecked-111 = W pilnych sprawach zdrowia psychicznego proszę zadzwonić do NHS pod numer { $number } i wybrać opcję zdrowia psychicznego.
unchecked-samaritans = Żeby z kimś porozmawiać o każdej porze, proszę zadzwonić bezpłatnie do Samaritans pod numer { $number }.
