# Ścieżki pomocy, usługi za nimi i zdania „dlaczego to proponujemy”.
#
# Uzasadnienia, opisy ścieżek i „co dalej” dostają $perspective ("self", "other", "staff")
# i $name, tak jak pytania. Gdy odpowiada krewny (other), uzasadnienia o opiece dotyczą
# krewnego, więc mówią „Pan/Pani”.
# Uzasadnienie powtarza tylko to, co padło w odpowiedzi, z tą samą siłą i o tej samej osobie:
# „nie wiem” nigdy nie znaczy „tak”, a „teraz” nigdy nie znaczy „ostatnio”.
# Nigdy nie piszemy, że komuś pomoc „nie przysługuje”.

## Ścieżki: tytuł, potem .short (jedna linijka pod tytułem w wynikach), .summary i .next (co dalej)

route-urgent-safety = Pomoc, gdy ktoś jest w niebezpieczeństwie
    .short = { $perspective ->
       *[self] Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli ktoś Pana/Panią krzywdzi, można nam o tym powiedzieć.
        [other] Jeśli { $name } jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli ktoś krzywdzi tę osobę, proszę nam o tym powiedzieć.
        [staff] Jeśli rozmówca jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999, a potem postępować zgodnie z procedurą ochrony (safeguarding).
    }
    .summary = { $perspective ->
       *[self] Jeśli jest Pan/Pani teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli ktoś Pana/Panią krzywdzi, straszy albo zabiera Panu/Pani pieniądze, można nam o tym powiedzieć. Wysłuchamy i pomożemy zadbać o Pana/Pani bezpieczeństwo. To nie jest Pana/Pani wina.
        [other] Jeśli { $name } jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli { $name } doświadcza od kogoś krzywdy, straszenia albo zabierania pieniędzy, proszę nam o tym powiedzieć. Wysłuchamy i pomożemy zadbać o bezpieczeństwo tej osoby. To nie jest jej wina.
        [staff] Jeśli rozmówca jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli ktoś krzywdzi lub straszy rozmówcę albo zabiera mu pieniądze, proszę postępować zgodnie z procedurą ochrony (safeguarding). Proszę powiedzieć rozmówcy, że to nie jest jego wina.
    }
    .next = { $perspective ->
       *[self] Po telefonie pod 999 przyjedzie policja albo karetka. Jeśli sprawa jest pilna i zadzwoni Pan/Pani do Adult Social Care Direct, staramy się odezwać w ciągu 2 godzin. Potem można wrócić do pytań.
        [other] Po telefonie pod 999 przyjedzie policja albo karetka. Jeśli sprawa jest pilna i zadzwoni Pan/Pani do Adult Social Care Direct, staramy się odezwać w ciągu 2 godzin. Potem można wrócić do pytań.
        [staff] Proszę od razu zgłosić obawę o bezpieczeństwo (safeguarding concern). W pilnych sprawach Adult Social Care Direct stara się nawiązać kontakt w ciągu 2 godzin.
    }

route-mental-health-crisis = Pomoc od razu, gdy jest bardzo ciężko na duszy
    .short = Proszę zadzwonić pod NHS 111 i wybrać opcję zdrowia psychicznego. To działa w dzień i w nocy.
    .summary = { $perspective ->
       *[self] Nie trzeba radzić sobie z tym w pojedynkę. Proszę zadzwonić pod NHS 111 i wybrać opcję zdrowia psychicznego. To działa w dzień i w nocy. Można też zadzwonić bezpłatnie do Samaritans: 116 123. Jeśli Pana/Pani życie jest teraz zagrożone, proszę zadzwonić pod numer 999.
        [other] Nikt z Państwa nie musi radzić sobie z tym w pojedynkę. Proszę zadzwonić pod NHS 111 i wybrać opcję zdrowia psychicznego. To działa w dzień i w nocy. Samaritans bezpłatnie wysłuchają pod numerem 116 123. Jeśli czyjeś życie jest teraz zagrożone, proszę zadzwonić pod numer 999.
        [staff] Proszę zachować spokój i zostać na linii z rozmówcą. Proszę podać numer NHS 111 (opcja zdrowia psychicznego, w dzień i w nocy) i bezpłatny numer Samaritans: 116 123. Jeśli czyjeś życie jest teraz zagrożone, proszę zadzwonić pod numer 999.
    }
    .next = Przeszkolona osoba wysłucha i pomoże zdecydować, co dalej. Może też poprosić zespół zdrowia psychicznego o pomoc w domu.

route-needs-assessment = Ocena potrzeb w zakresie opieki
    .short = Bezpłatna rozmowa z Adult Social Care o tym, co jest trudne i co by pomogło.
    .summary = Ocena potrzeb to rozmowa z działem opieki społecznej dla dorosłych (Adult Social Care) o tym, co jest trudne i co by pomogło. Jest bezpłatna. Może o nią poprosić każdy, kto może potrzebować pomocy, bez względu na to, ile ma pieniędzy.
    .next = Proszę zadzwonić do Adult Social Care Direct albo wypełnić samoocenę w internecie. Staramy się skontaktować w ciągu 2 dni roboczych, a w pilnej sytuacji w ciągu 2 godzin. Jeśli ocena jest potrzebna, staramy się przyjść w ciągu 6 tygodni, a w pilnej sytuacji w ciągu 24 godzin.

route-carers-support = Pomoc dla opiekunów
    .short = Porady, przerwy od opieki i ocena potrzeb opiekuna dla osób, które się kimś opiekują.
    .summary = Każdy, kto bez wynagrodzenia opiekuje się drugą osobą, może poprosić o ocenę potrzeb opiekuna (carer's assessment), nawet jeśli osoba pod opieką nie dostaje od nas pomocy. Carers Trust Heart of England daje opiekunom porady, wysłucha ich i pomaga zrobić sobie przerwę od opieki.
    .next = Proszę zadzwonić do Carers Trust Heart of England albo do Adult Social Care Direct. Ocena potrzeb opiekuna pokazuje, co może pomóc opiekunowi. Opiekun może też przygotować plan na wypadek swojej nagłej choroby.

route-memory-dementia = Pomoc przy kłopotach z pamięcią
    .short = Badanie pamięci u lekarza rodzinnego (GP) i pomoc z Dementia Hub już teraz.
    .summary = Kłopoty z pamięcią mają różne przyczyny. Niektóre można leczyć. Warto porozmawiać z lekarzem rodzinnym (GP) o badaniu pamięci. Coventry Dementia Hub może pomóc już teraz, z diagnozą albo bez niej.
    .next = Lekarz rodzinny może zrobić kilka prostych badań i skierować do poradni pamięci (memory clinic). Dementia Hub daje porady, ma kawiarnię i zajęcia dla osób z kłopotami z pamięcią i ich rodzin.

route-reablement = Pomoc na krótki czas po pobycie w szpitalu
    .short = Pomoc w domu przez krótki czas, żeby po pobycie w szpitalu albo po chorobie znów robić wszystko samodzielnie.
    .summary = Pomoc w domu przez krótki czas może pomóc znów robić wszystko samodzielnie po pobycie w szpitalu albo po chorobie. W Coventry nazywa się to Promoting Independence.
    .next = Przed wyjściem ze szpitala warto zapytać o to personel oddziału. Po powrocie do domu proszę zadzwonić do Adult Social Care Direct. Ta pomoc jest bezpłatna do 6 tygodni.

route-equipment-adaptations = Sprzęt albo zmiany w domu
    .short = Sprzęt i drobne zmiany, dzięki którym codzienne czynności są bezpieczniejsze i łatwiejsze.
    .summary = Sprzęt i drobne zmiany mogą sprawić, że codzienne czynności będą bezpieczniejsze i łatwiejsze, na przykład uchwyty na ścianie, krzesełko pod prysznic albo przybory kuchenne, które łatwiej utrzymać w dłoni. Terapeuta zajęciowy (occupational therapist) może sprawdzić, co pomoże. Telecare może wezwać pomoc po upadku.
    .next = Proszę zadzwonić do Adult Social Care Direct. Mogą poprosić terapeutę zajęciowego, żeby porozmawiał z Panem/Panią albo przyszedł do domu. Część sprzętu dostarcza serwis OPAL.

route-direct-payments = Samodzielny wybór i organizowanie pomocy
    .short = Pieniądze z urzędu miasta na zorganizowanie pomocy w wybrany przez siebie sposób.
    .summary = Płatność bezpośrednia (direct payment) to pieniądze z urzędu miasta na samodzielne zorganizowanie pomocy, zamiast pomocy organizowanej przez urząd. Wiele osób zatrudnia za nie wybranego przez siebie asystenta osobistego, w godzinach, które im pasują.
    .next = Płatność bezpośrednią można dostać po ocenie potrzeb w zakresie opieki albo po ocenie potrzeb opiekuna. Jeśli pomoc jest już zorganizowana, można zamiast tego poprosić o przegląd (review). Proszę zapytać o to w Adult Social Care Direct. Penderels Trust pomaga zarządzać płatnością bezpośrednią i zatrudnić asystenta osobistego.

route-work-and-learning = Pomoc w pracy, nauce albo wolontariacie
    .short = Pomoc w znalezieniu albo utrzymaniu pracy, w nauce albo w wolontariacie.
    .summary = Osoby z niepełnosprawnością i osoby z problemami zdrowotnymi mogą dostać pomoc w znalezieniu albo utrzymaniu pracy, w nauce albo w wolontariacie. Access to Work może zapłacić za wsparcie w pracy, na przykład za sprzęt albo asystenta (support worker).
    .next = Proszę zapytać Adult Social Care Direct o zatrudnienie wspomagane (supported employment) i o pomoc w college'u. Wniosek do Access to Work składa się na stronie GOV.UK.

route-mood-support = Pomoc przy złym nastroju, zmartwieniach albo stresie
    .short = Terapia rozmową może pomóc przy złym nastroju, zmartwieniach i stresie. Dorośli mogą zgłosić się sami.
    .summary = Terapia rozmową (talking therapies) może pomóc przy złym nastroju, zmartwieniach i stresie. W Anglii dorośli mogą sami zgłosić się do NHS Talking Therapies, bez wizyty u lekarza rodzinnego. Lekarz rodzinny (GP) też może pomóc.
    .next = Na stronie NHS można znaleźć lokalną usługę NHS Talking Therapies i wypełnić formularz albo porozmawiać z lekarzem rodzinnym. To nie jest pomoc w kryzysie: jeśli czyjeś życie jest zagrożone, proszę zadzwonić pod numer 999.

route-bereavement = Wsparcie w żałobie
    .short = Bezpłatne wsparcie dla każdego, kto przeżywa żałobę.
    .summary = Żałoba bywa bardzo trudna i może wpływać na sen, zdrowie i codzienne życie. Cruse Bereavement Support daje bezpłatną pomoc każdemu, kto przeżywa żałobę.
    .next = Proszę zadzwonić bezpłatnie na infolinię Cruse: 0808 808 1677, albo znaleźć lokalne wsparcie na ich stronie internetowej.

route-community-wellbeing = Spotkania z ludźmi i ciekawe zajęcia
    .short = Grupy, kluby oraz przyjazne odwiedziny albo telefony, żeby czuć się mniej samotnie.
    .summary = Grupy, kluby, wolontariat i przyjazne odwiedziny pomagają czuć się mniej samotnie. Age UK Coventry organizuje odwiedziny i rozmowy przez telefon.
    .next = Proszę zapytać Adult Social Care Direct o Age UK Coventry i o grupy w okolicy.

route-home-environment = Pomoc, gdy trudno poradzić sobie z domem
    .short = Pomoc w uporządkowaniu i posprzątaniu domu, we własnym tempie. Nikt tu nikogo nie ocenia.
    .summary = Wiele osób ma trudność z wyrzucaniem rzeczy albo z utrzymaniem porządku w domu. Nikt tu nikogo nie ocenia. Enabling Spaces pomaga uporządkować i posprzątać dom, we własnym tempie.
    .next = Proszę poprosić Adult Social Care Direct o kontakt z Enabling Spaces. Jeśli jest więcej zwierząt, niż da się o nie zadbać, może pomóc RSPCA.

route-money-advice = Porady o pieniądzach, zasiłkach i oszustwach
    .short = Bezpłatne porady o rachunkach, długach, zasiłkach i oszustwach.
    .summary = Bezpłatna porada może pomóc w sprawie rachunków, długów i zasiłków, także zasiłków dla opiekunów. Może też pomóc po oszustwie.
    .next = Citizens Advice daje bezpłatne i poufne porady. Adult Social Care Direct wyjaśni, jak wygląda płacenie za opiekę. Jeśli oszust zabrał pieniądze, proszę od razu powiadomić bank.

route-talk-in-confidence = Poufna rozmowa
    .short = Jeśli kiedyś zechce Pan/Pani o czymś z tego porozmawiać, można to zrobić poufnie.
    .summary = Na niektóre pytania trudno odpowiedzieć, a odpowiedź nie była obowiązkowa. Jeśli kiedyś zechce Pan/Pani o czymś z tego porozmawiać, można to zrobić poufnie.
    .next = Proszę zadzwonić do Adult Social Care Direct w godzinach pracy albo do Samaritans o każdej porze, w dzień i w nocy, bezpłatnie: 116 123.

route-general-advice = Rozmowa z działem opieki społecznej (Adult Social Care)
    .short = Można z nami porozmawiać o wszystkim i poprosić o ocenę potrzeb.
    .summary = Odpowiedzi nie wskazały jednej konkretnej usługi. Zawsze można z nami porozmawiać o wszystkim. Każdy może poprosić o ocenę potrzeb w zakresie opieki albo o ocenę potrzeb opiekuna.
    .next = Proszę zadzwonić do Adult Social Care Direct. Wysłuchamy i wskażemy właściwą pomoc. Jeśli coś się zmieni, można wrócić i odpowiedzieć na pytania jeszcze raz.

## Usługi: nazwa, potem .description i czasem .hours

# Usługa bez własnego kontaktu: kogo zapytać zamiast niej (dalej jest jej numer telefonu).
# $service: nazwa tej usługi.
service-ask-instead = Proszę o to zapytać: { $service }

service-asc-direct = Adult Social Care Direct, Coventry City Council
    .description = Tu można poprosić o ocenę potrzeb, ocenę potrzeb opiekuna albo o sprzęt. Proszę nam powiedzieć, jeśli martwi się Pan/Pani, że ktoś jest krzywdzony albo zaniedbywany.

service-emergency-999 = Służby ratunkowe (999)
    .description = Proszę dzwonić pod 999, gdy czyjeś życie jest w niebezpieczeństwie albo właśnie dzieje się przestępstwo. Można zadzwonić nawet z zablokowanego telefonu komórkowego.
    .hours = Zawsze, w dzień i w nocy

service-police-101 = Policja, gdy to nie jest nagły wypadek (101)
    .description = Tu można zgłosić przestępstwo, oszustwo albo obawę o czyjeś bezpieczeństwo, gdy w tej chwili nikt nie jest w niebezpieczeństwie.
    .hours = Zawsze, w dzień i w nocy

service-nhs-111-mental-health = NHS 111, opcja zdrowia psychicznego
    .description = Proszę zadzwonić pod 111 i wybrać opcję zdrowia psychicznego, żeby porozmawiać z pracownikiem zdrowia psychicznego. To nic nie kosztuje.
    .hours = Zawsze, w dzień i w nocy

service-samaritans = Samaritans
    .description = Rozmowa z kimś, kto wysłucha, o czymkolwiek. To nic nie kosztuje, a połączenie nie pojawi się na rachunku za telefon.
    .hours = Zawsze, w dzień i w nocy

service-domestic-abuse-helpline = National Domestic Abuse Helpline
    .description = Bezpłatna i poufna pomoc dla każdego, kto doświadcza przemocy domowej ze strony partnera, byłego partnera albo kogoś z rodziny. Na stronie internetowej można poprosić o oddzwonienie w bezpiecznej porze.
    .hours = Zawsze, w dzień i w nocy

service-hourglass = Hourglass
    .description = Bezpłatna infolinia dla osób starszych, które doznają przemocy albo zaniedbania, i dla każdego, kto martwi się o osobę starszą.

service-sicol-crisis-plus = Pomoc w kryzysie psychicznym w Coventry (SICol i Crisis Plus)
    .description = Częsta, praktyczna pomoc, żeby przejść przez kryzys psychiczny i zostać w domu. Można o nią zapytać w NHS 111 albo w zespole zdrowia psychicznego.

service-carers-trust = Carers Trust Heart of England
    .description = Porady, ktoś, kto wysłucha, grupy i przerwy od opieki dla opiekunów w Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Porady, zajęcia i kawiarnia Forget Me Not Café dla osób z kłopotami z pamięcią albo z demencją oraz ich rodzin.

service-your-gp = Przychodnia lekarza rodzinnego (GP)
    .description = Lekarz rodzinny może sprawdzić pamięć, nastrój i zdrowie, a w razie potrzeby skierować do poradni pamięci albo po inną pomoc.

service-promoting-independence = Promoting Independence
    .description = Pomoc w domu na krótki czas od urzędu miasta Coventry, żeby znów robić wszystko samodzielnie. Można o nią poprosić przez Adult Social Care Direct.

service-occupational-therapy = Terapia zajęciowa i sprzęt OPAL
    .description = Terapeuta zajęciowy sprawdza, co jest trudne w domu i co może pomóc, na przykład sprzęt albo zmiany w domu. Można o to poprosić przez Adult Social Care Direct.

service-telecare = Telecare
    .description = Alarmy i czujniki, które wzywają pomoc, gdy ktoś upadnie albo potrzebuje pomocy w domu. Można o nie poprosić przez Adult Social Care Direct.

service-penderels-trust = Penderels Trust
    .description = Pomoc w zarządzaniu płatnością bezpośrednią (direct payment) i w zatrudnieniu asystenta osobistego.

service-age-uk-coventry = Age UK Coventry
    .description = Przyjazne odwiedziny, rozmowy przez telefon i towarzystwo dla osób starszych.

service-enabling-spaces = Enabling Spaces
    .description = Pomoc w uporządkowaniu i posprzątaniu domu oraz w utrzymaniu porządku, we własnym tempie.

service-rspca = RSPCA
    .description = Pomoc, gdy w domu jest więcej zwierząt, niż da się o nie zadbać.

service-supported-employment = Zatrudnienie wspomagane i wsparcie w college'u
    .description = Pomoc dla dorosłych osób z niepełnosprawnością w znalezieniu i utrzymaniu pracy, w nauce w college'u albo w wolontariacie.

service-access-to-work = Access to Work
    .description = Dofinansowanie od rządu, z którego można zapłacić za pomoc w pracy, na przykład za specjalny sprzęt, asystenta albo taksówki do pracy.

service-nhs-talking-therapies = NHS Talking Therapies
    .description = Bezpłatna terapia rozmową dla dorosłych przy złym nastroju, zmartwieniach albo stresie. Można zgłosić się samodzielnie, bez lekarza rodzinnego. To nie jest pomoc w kryzysie.

service-cruse = Cruse Bereavement Support
    .description = Bezpłatne wsparcie dla każdego, kto przeżywa żałobę po czyjejś śmierci.

service-citizens-advice = Citizens Advice
    .description = Bezpłatne i poufne porady o pieniądzach, długach, zasiłkach i oszustwach.

## Uzasadnienia: jedno zdanie „dlaczego to proponujemy” dla każdej reguły

reason-fallback = { $perspective ->
   *[self] Odpowiedzi nie wskazały jednej konkretnej usługi, ale zawsze może Pan/Pani z nami porozmawiać.
    [other] Odpowiedzi nie wskazały jednej konkretnej usługi, ale zawsze może Pan/Pani z nami porozmawiać.
    [staff] Odpowiedzi nie wskazały jednej konkretnej usługi. Proszę zaproponować ogólną poradę i ocenę potrzeb, jeśli rozmówca chce.
    }

reason-danger-now = { $perspective ->
   *[self] Z odpowiedzi wynika, że właśnie teraz ktoś może Pana/Panią skrzywdzić albo tam, gdzie Pan/Pani jest, nie jest bezpiecznie.
    [other] Z odpowiedzi wynika, że { $name } może właśnie teraz doznać od kogoś krzywdy albo przebywa w miejscu, które nie jest bezpieczne.
    [staff] Rozmówca mówi, że może właśnie teraz doznać od kogoś krzywdy albo przebywa w miejscu, które nie jest bezpieczne.
    }

reason-danger-to-self = { $perspective ->
   *[self] Z odpowiedzi wynika, że właśnie teraz może Pan/Pani zrobić sobie krzywdę albo odebrać sobie życie.
    [other] Z odpowiedzi wynika, że { $name } może właśnie teraz zrobić sobie krzywdę albo odebrać sobie życie.
    [staff] Rozmówca mówi, że może właśnie teraz zrobić sobie krzywdę albo odebrać sobie życie.
    }

reason-danger-not-sure = { $perspective ->
   *[self] Z odpowiedzi wynika, że nie ma Pan/Pani pewności, czy jest teraz bezpiecznie.
    [other] Z odpowiedzi wynika, że nie ma Pan/Pani pewności, czy { $name } jest teraz w niebezpieczeństwie.
    [staff] Rozmówca nie ma pewności, czy jest teraz bezpiecznie.
    }

reason-harm-by-others = { $perspective ->
   *[self] Z odpowiedzi wynika, że ktoś krzywdzi Pana/Panią w co najmniej jeden ze sposobów, o które pytaliśmy. To jest przemoc i to nie jest Pana/Pani wina.
    [other] Z odpowiedzi wynika, że { $name } doznaje od kogoś krzywdy w co najmniej jeden ze sposobów, o które pytaliśmy. To jest przemoc.
    [staff] Rozmówca mówi, że doznaje od kogoś krzywdy w co najmniej jeden ze sposobów, o które pytano. To może być przemoc: proszę postępować zgodnie z procedurą ochrony (safeguarding).
    }

reason-scam-loss = { $perspective ->
   *[self] Z odpowiedzi wynika, że oszust zabrał Panu/Pani pieniądze albo że oszustwo nadal trwa.
    [other] Z odpowiedzi wynika, że { $name } jest ofiarą oszustwa, w którym zniknęły pieniądze, albo że oszustwo nadal trwa.
    [staff] Rozmówca mówi, że jest ofiarą oszustwa, w którym zniknęły pieniądze, albo że oszustwo nadal trwa.
    }

reason-self-harm-right-now = { $perspective ->
   *[self] Z odpowiedzi wynika, że ma Pan/Pani teraz myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    [other] Z odpowiedzi wynika, że martwi się Pan/Pani, że { $name } może teraz odebrać sobie życie albo zrobić sobie krzywdę.
    [staff] Rozmówca mówi, że ma teraz myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    }

reason-self-harm-recently = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnich kilku tygodniach pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    [other] Z odpowiedzi wynika, że w ostatnich kilku tygodniach zdarzało się, że { $name } mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    [staff] Według rozmówcy w ostatnich kilku tygodniach pojawiały się myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    }

reason-self-harm-past = { $perspective ->
   *[self] Z odpowiedzi wynika, że w przeszłości, ale nie teraz, pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Jeśli wrócą, pomoc jest dostępna w dzień i w nocy.
    [other] Z odpowiedzi wynika, że w przeszłości, ale nie teraz, zdarzało się, że { $name } mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Jeśli to wróci, pomoc jest dostępna w dzień i w nocy.
    [staff] Według rozmówcy w przeszłości, ale nie teraz, pojawiały się myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    }

reason-outcomes-two-or-more = { $perspective ->
   *[self] Z odpowiedzi wynika, że co najmniej dwie codzienne sprawy są dla Pana/Pani trudne albo wymagają pomocy. Ocena potrzeb prawdopodobnie pomoże.
    [other] Z odpowiedzi wynika, że { $name } ma trudność albo potrzebuje pomocy w co najmniej dwóch codziennych sprawach. Ocena potrzeb prawdopodobnie pomoże.
    [staff] Rozmówca mówi, że co najmniej dwie codzienne sprawy są trudne albo wymagają pomocy. Proszę zaproponować ocenę potrzeb.
    }

reason-outcome-any = { $perspective ->
   *[self] Z odpowiedzi wynika, że coś w codziennym życiu jest dla Pana/Pani trudne albo wymaga pomocy.
    [other] Z odpowiedzi wynika, że { $name } ma z czymś trudność w codziennym życiu albo potrzebuje pomocy.
    [staff] Rozmówca mówi, że coś w codziennym życiu jest trudne albo wymaga pomocy.
    }

reason-alone-without-help = { $perspective ->
   *[self] Z odpowiedzi wynika, że mieszka Pan/Pani samotnie, nikt teraz Panu/Pani nie pomaga, a coś w codziennym życiu jest trudne.
    [other] Z odpowiedzi wynika, że { $name } mieszka samotnie, nikt teraz nie pomaga, a coś w codziennym życiu jest trudne.
    [staff] Rozmówca mieszka samotnie, nikt teraz nie pomaga, a coś w codziennym życiu jest trudne.
    }

reason-medicines = { $perspective ->
   *[self] Z odpowiedzi wynika, że przyjmowanie leków o właściwej porze jest dla Pana/Pani trudne albo wymaga pomocy.
    [other] Z odpowiedzi wynika, że { $name } ma trudność z przyjmowaniem leków o właściwej porze albo potrzebuje w tym pomocy.
    [staff] Rozmówca mówi, że przyjmowanie leków o właściwej porze jest trudne albo wymaga pomocy.
    }

reason-alone-food-or-medicines = { $perspective ->
   *[self] Z odpowiedzi wynika, że mieszka Pan/Pani samotnie, a przyjmowanie leków albo jedzenie i picie jest trudne lub wymaga pomocy.
    [other] Z odpowiedzi wynika, że { $name } mieszka samotnie i ma trudność z przyjmowaniem leków albo z jedzeniem i piciem lub potrzebuje w tym pomocy.
    [staff] Rozmówca mieszka samotnie, a przyjmowanie leków albo jedzenie i picie jest trudne lub wymaga pomocy. Proszę zapytać o pominięte posiłki i leki.
    }

reason-carer-cared-for = { $perspective ->
   *[self] Z odpowiedzi wynika, że opiekuje się Pan/Pani kimś. Osoba pod Pana/Pani opieką też może mieć własną ocenę potrzeb w zakresie opieki.
    [other] Z odpowiedzi wynika, że Pana/Pani pomoc jest tak ważna, że bez niej { $name } nie da sobie rady. Ta osoba też może mieć własną ocenę potrzeb w zakresie opieki.
    [staff] Rozmówca opiekuje się kimś. Proszę zaproponować ocenę potrzeb dla osoby, którą się opiekuje.
    }

reason-carer-may-stop = { $perspective ->
   *[self] Z odpowiedzi wynika, że może Pan/Pani nie dać rady dłużej się kimś opiekować. Osoba pod opieką może potrzebować innej pomocy.
    [other] Z odpowiedzi wynika, że może Pan/Pani nie dać rady dłużej się opiekować, a { $name } może wtedy potrzebować innej pomocy.
    [staff] Rozmówca może nie dać rady dłużej się opiekować. Osoba pod opieką może potrzebować innej pomocy.
    }

reason-carer-health = { $perspective ->
   *[self] Z odpowiedzi wynika, że opieka nad kimś pogarsza Pana/Pani zdrowie albo mu zagraża.
    [other] Z odpowiedzi wynika, że opieka nad kimś pogarsza Pana/Pani zdrowie albo mu zagraża.
    [staff] Rozmówca mówi, że opieka pogarsza jego własne zdrowie albo mu zagraża.
    }

reason-carer-outcomes = { $perspective ->
   *[self] Z odpowiedzi wynika, że przez opiekę nad kimś trudno Panu/Pani robić to, co Pan/Pani musi albo chce.
    [other] Z odpowiedzi wynika, że przez opiekę nad kimś trudno Panu/Pani robić to, co Pan/Pani musi albo chce.
    [staff] Rozmówca mówi, że przez opiekę ma trudność z robieniem tego, co musi albo chce.
    }

reason-carer-not-coping = { $perspective ->
   *[self] Z odpowiedzi wynika, że nie radzi sobie Pan/Pani z opieką nad kimś albo może Pan/Pani nie dać rady dłużej się opiekować.
    [other] Z odpowiedzi wynika, że nie radzi sobie Pan/Pani z opieką nad kimś albo może Pan/Pani nie dać rady dłużej się opiekować.
    [staff] Rozmówca mówi, że nie radzi sobie z opieką albo może nie dać rady dłużej się opiekować.
    }

reason-carer-no-backup = { $perspective ->
   *[self] Z odpowiedzi wynika, że nikt nie mógłby Pana/Pani zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [other] Z odpowiedzi wynika, że nikt nie mógłby Pana/Pani zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [staff] Rozmówca mówi, że nie ma zastępstwa na wypadek choroby. Proszę zaproponować plan na nagłe sytuacje dla opiekunów.
    }

reason-carer-backup-not-sure = { $perspective ->
   *[self] Z odpowiedzi wynika, że nie ma Pan/Pani pewności, czy ktoś mógłby Pana/Panią zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [other] Z odpowiedzi wynika, że nie ma Pan/Pani pewności, czy ktoś mógłby Pana/Panią zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [staff] Rozmówca nie ma pewności, czy w razie choroby ktoś mógłby przejąć opiekę. Proszę zaproponować plan na nagłe sytuacje dla opiekunów.
    }

reason-is-carer = { $perspective ->
   *[self] Z odpowiedzi wynika, że opiekuje się Pan/Pani kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    [other] Z odpowiedzi wynika, że opiekuje się Pan/Pani kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    [staff] Rozmówca opiekuje się kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    }

reason-family-helps = { $perspective ->
   *[self] Z odpowiedzi wynika, że pomaga Panu/Pani rodzina, przyjaciele albo sąsiedzi. Osoba, która Panu/Pani pomaga, też może mieć ocenę potrzeb opiekuna, dotyczącą jej własnych potrzeb.
    [other] Z odpowiedzi wynika, że { $name } dostaje pomoc od rodziny, przyjaciół albo sąsiadów. Każdy, kto pomaga tej osobie, także Pan/Pani, może mieć ocenę potrzeb opiekuna.
    [staff] Rozmówca dostaje pomoc od rodziny, przyjaciół albo sąsiadów. Osoba, która pomaga, też może mieć ocenę potrzeb opiekuna.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] Z odpowiedzi wynika, że lekarz stwierdził u Pana/Pani demencję.
    [other] Z odpowiedzi wynika, że { $name } ma demencję stwierdzoną przez lekarza.
    [staff] Rozmówca mówi, że ma demencję stwierdzoną przez lekarza.
    }

reason-memory-changes = { $perspective ->
   *[self] Z odpowiedzi wynika, że w niektórych sprawach pamięta albo myśli Pan/Pani gorzej niż 10 lat temu.
    [other] Z odpowiedzi wynika, że { $name } w niektórych sprawach pamięta albo myśli gorzej niż 10 lat temu.
    [staff] Rozmówca mówi, że w niektórych sprawach pamięta albo myśli gorzej niż 10 lat temu.
    }

reason-memory-worry = { $perspective ->
   *[self] Z odpowiedzi wynika, że martwi się Pan/Pani o swoją pamięć albo myślenie.
    [other] Z odpowiedzi wynika, że martwi się Pan/Pani, że { $name } ma kłopoty z pamięcią albo myśleniem.
    [staff] Rozmówca martwi się o swoją pamięć albo myślenie.
    }

reason-memory-not-sure = { $perspective ->
   *[self] Na pytanie, czy martwi się Pan/Pani o swoją pamięć albo myślenie, odpowiedź brzmiała „Nie wiem”. Lekarz rodzinny (GP) może o tym z Panem/Panią spokojnie porozmawiać.
    [other] Na pytanie, czy martwi się Pan/Pani, że { $name } ma kłopoty z pamięcią albo myśleniem, odpowiedź brzmiała „Nie wiem”. Lekarz rodzinny (GP) może o tym porozmawiać.
    [staff] Na pytanie, czy martwi się o swoją pamięć albo myślenie, odpowiedź rozmówcy brzmiała „Nie wiem”.
    }

reason-after-hospital = { $perspective ->
   *[self] Z odpowiedzi wynika, że jest Pan/Pani w szpitalu albo że po pobycie w szpitalu codzienne sprawy są trudniejsze.
    [other] Z odpowiedzi wynika, że { $name } jest w szpitalu albo że po pobycie w szpitalu codzienne sprawy są trudniejsze.
    [staff] Rozmówca jest w szpitalu albo po pobycie w szpitalu codzienne sprawy są trudniejsze.
    }

reason-home-difficulties = { $perspective ->
   *[self] Z odpowiedzi wynika, że niektóre rzeczy w domu są dla Pana/Pani trudne.
    [other] Z odpowiedzi wynika, że { $name } ma w domu trudność z niektórymi rzeczami.
    [staff] Rozmówca mówi, że niektóre rzeczy w domu są trudne.
    }

reason-falls-repeated = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim roku ma Pan/Pani za sobą więcej niż jeden upadek albo mieszka Pan/Pani samotnie i ma za sobą upadek.
    [other] Z odpowiedzi wynika, że w ostatnim roku { $name } ma za sobą więcej niż jeden upadek albo mieszka samotnie i ma za sobą upadek.
    [staff] Rozmówca ma za sobą więcej niż jeden upadek w ostatnim roku albo mieszka samotnie i ma za sobą upadek.
    }

reason-fall-once = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim roku zdarzyło się Panu/Pani upaść.
    [other] Z odpowiedzi wynika, że w ostatnim roku { $name } ma za sobą upadek.
    [staff] Rozmówca ma za sobą upadek w ostatnim roku.
    }

reason-home-unsafe = { $perspective ->
   *[self] Z odpowiedzi wynika, że co najmniej jedna z tych rzeczy nie jest dla Pana/Pani bezpieczna: poruszanie się po domu, mycie się albo korzystanie z toalety.
    [other] Z odpowiedzi wynika, że co najmniej jedna z tych rzeczy nie jest bezpieczna, gdy robi ją { $name }: poruszanie się po domu, mycie się albo korzystanie z toalety.
    [staff] Rozmówca mówi, że co najmniej jedna z tych rzeczy nie jest bezpieczna: poruszanie się po domu, mycie się albo korzystanie z toalety.
    }

reason-everyday-tasks-physical = { $perspective ->
   *[self] Z odpowiedzi wynika, że jedzenie i picie, mycie się, korzystanie z toalety albo ubieranie się sprawia Panu/Pani dużo bólu, niepokoju albo przykrości lub zajmuje dużo więcej czasu, niż powinno. Terapeuta zajęciowy (occupational therapist) może zaproponować sprzęt albo łatwiejsze sposoby.
    [other] Z odpowiedzi wynika, że gdy { $name } je i pije, myje się, korzysta z toalety albo się ubiera, sprawia to dużo bólu, niepokoju albo przykrości lub zajmuje dużo więcej czasu, niż powinno. Terapeuta zajęciowy (occupational therapist) może zaproponować sprzęt albo łatwiejsze sposoby.
    [staff] Rozmówca mówi, że jedzenie i picie, mycie się, korzystanie z toalety albo ubieranie się sprawia dużo bólu, niepokoju albo przykrości lub zajmuje dużo więcej czasu, niż powinno. Proszę zaproponować ocenę terapeuty zajęciowego (occupational therapy).
    }

reason-more-control = { $perspective ->
   *[self] Z odpowiedzi wynika, że chce Pan/Pani mieć większy wpływ na swoją pomoc.
    [other] Z odpowiedzi wynika, że { $name } chce mieć większy wpływ na swoją pomoc.
    [staff] Rozmówca chce mieć większy wpływ na swoją pomoc.
    }

reason-agency-wants-control = { $perspective ->
   *[self] Z odpowiedzi wynika, że dostaje już Pan/Pani pomoc od opiekunów albo od urzędu miasta i chce mieć na nią większy wpływ. Płatność bezpośrednia (direct payment) pozwala wybierać samodzielnie.
    [other] Z odpowiedzi wynika, że { $name } dostaje już pomoc od opiekunów albo od urzędu miasta i chce mieć na nią większy wpływ. Płatność bezpośrednia (direct payment) pozwala tej osobie wybierać samodzielnie.
    [staff] Rozmówca dostaje już pomoc od opiekunów albo od urzędu miasta i chce mieć na nią większy wpływ. Proszę wyjaśnić, czym jest płatność bezpośrednia (direct payment).
    }

reason-has-direct-payment = { $perspective ->
   *[self] Z odpowiedzi wynika, że dostaje Pan/Pani płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    [other] Z odpowiedzi wynika, że { $name } dostaje płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    [staff] Rozmówca dostaje płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    }

reason-work-or-learning = { $perspective ->
   *[self] Z odpowiedzi wynika, że praca, nauka, kursy albo wolontariat są dla Pana/Pani trudne albo wymagają pomocy.
    [other] Z odpowiedzi wynika, że { $name } ma trudność z pracą, nauką, kursami albo wolontariatem lub potrzebuje w tym pomocy.
    [staff] Rozmówca mówi, że praca, nauka, kursy albo wolontariat są trudne albo wymagają pomocy.
    }

reason-low-mood-often = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim miesiącu często albo prawie cały czas zdarzało się Panu/Pani mieć zły nastrój, smucić się albo tracić nadzieję.
    [other] Z odpowiedzi wynika, że w ostatnim miesiącu { $name } często albo prawie cały czas wydaje się mieć zły nastrój, smucić się albo tracić nadzieję.
    [staff] Rozmówca mówi, że w ostatnim miesiącu często albo prawie cały czas ma zły nastrój, smuci się albo traci nadzieję.
    }

reason-worry-often = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim miesiącu zmartwienia często albo prawie cały czas przeszkadzały Panu/Pani w codziennym życiu.
    [other] Z odpowiedzi wynika, że w ostatnim miesiącu { $name } często albo prawie cały czas martwi się tak, że to przeszkadza w codziennym życiu.
    [staff] Rozmówca mówi, że w ostatnim miesiącu zmartwienia często albo prawie cały czas przeszkadzały w codziennym życiu.
    }

reason-low-mood-sometimes = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim miesiącu czasami zdarzało się Panu/Pani mieć zły nastrój, smucić się albo tracić nadzieję.
    [other] Z odpowiedzi wynika, że w ostatnim miesiącu { $name } czasami wydaje się mieć zły nastrój, smucić się albo tracić nadzieję.
    [staff] Rozmówca mówi, że w ostatnim miesiącu czasami ma zły nastrój, smuci się albo traci nadzieję.
    }

reason-self-harm-past-support = { $perspective ->
   *[self] Z odpowiedzi wynika, że w przeszłości pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Rozmowa z kimś może pomóc już teraz.
    [other] Z odpowiedzi wynika, że w przeszłości zdarzało się, że { $name } mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Rozmowa z kimś może pomóc już teraz.
    [staff] Według rozmówcy w przeszłości pojawiały się myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Proszę zaproponować terapię rozmową (talking therapies) albo lekarza rodzinnego.
    }

reason-bereaved = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim roku zmarł ktoś Panu/Pani bliski.
    [other] Z odpowiedzi wynika, że w ostatnim roku { $name } ma za sobą śmierć kogoś bliskiego.
    [staff] Rozmówca mówi, że w ostatnim roku zmarł ktoś mu bliski.
    }

reason-lonely-often = { $perspective ->
   *[self] Z odpowiedzi wynika, że często albo prawie cały czas czuje się Pan/Pani samotnie.
    [other] Z odpowiedzi wynika, że { $name } często albo prawie cały czas wydaje się czuć samotnie.
    [staff] Rozmówca mówi, że często albo prawie cały czas czuje się samotnie.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] Z odpowiedzi wynika, że czasami czuje się Pan/Pani samotnie.
    [other] Z odpowiedzi wynika, że { $name } czasami wydaje się czuć samotnie.
    [staff] Rozmówca mówi, że czasami czuje się samotnie.
    }

reason-community-interests = { $perspective ->
   *[self] Z odpowiedzi wynika, że chce Pan/Pani pomocy w poznawaniu ludzi, w znalezieniu towarzystwa albo ciekawych zajęć.
    [other] Z odpowiedzi wynika, że { $name } chce pomocy w poznawaniu ludzi, w znalezieniu towarzystwa albo ciekawych zajęć.
    [staff] Rozmówca chce pomocy w poznawaniu ludzi, w znalezieniu towarzystwa albo ciekawych zajęć.
    }

reason-clutter-serious = { $perspective ->
   *[self] Z odpowiedzi wynika, że w Pana/Pani domu jest tyle rzeczy, że trudno albo niebezpiecznie w nim mieszkać.
    [other] Z odpowiedzi wynika, że w domu, w którym mieszka { $name }, jest tyle rzeczy, że trudno albo niebezpiecznie w nim mieszkać.
    [staff] Rozmówca mówi, że w domu jest tyle rzeczy, że trudno albo niebezpiecznie w nim mieszkać.
    }

reason-clutter-kitchen = { $perspective ->
   *[self] Z odpowiedzi wynika, że w Pana/Pani domu jest tyle rzeczy, że trudno gotować. Przez to łatwo pominąć posiłki.
    [other] Z odpowiedzi wynika, że w domu, w którym mieszka { $name }, jest tyle rzeczy, że trudno gotować. Przez to łatwo pominąć posiłki.
    [staff] Rozmówca mówi, że w domu jest tyle rzeczy, że trudno gotować. Proszę zapytać o pominięte posiłki.
    }

reason-clutter-some = { $perspective ->
   *[self] Z odpowiedzi wynika, że z niektórych pokoi w Pana/Pani domu trudno korzystać, bo są pełne rzeczy.
    [other] Z odpowiedzi wynika, że z niektórych pokoi w domu, w którym mieszka { $name }, trudno korzystać, bo są pełne rzeczy.
    [staff] Rozmówca mówi, że z niektórych pokoi trudno korzystać, bo są pełne rzeczy.
    }

reason-money-worries = { $perspective ->
   *[self] Z odpowiedzi wynika, że martwi się Pan/Pani o pieniądze.
    [other] Z odpowiedzi wynika, że w sytuacji, w której jest { $name }, pieniądze budzą zmartwienie.
    [staff] Rozmówca martwi się o pieniądze.
    }

reason-scam = { $perspective ->
   *[self] Z odpowiedzi wynika, że ktoś oszukał Pana/Panią na pieniądze albo próbował to zrobić.
    [other] Z odpowiedzi wynika, że { $name } ma za sobą oszustwo na pieniądze albo próbę takiego oszustwa.
    [staff] Rozmówca mówi, że ma za sobą oszustwo na pieniądze albo próbę takiego oszustwa.
    }

reason-caring-35-hours = { $perspective ->
   *[self] Z odpowiedzi wynika, że poświęca Pan/Pani na opiekę 35 godzin w tygodniu albo więcej. Może Panu/Pani przysługiwać zasiłek dla opiekuna (Carer's Allowance).
    [other] Z odpowiedzi wynika, że poświęca Pan/Pani na opiekę 35 godzin w tygodniu albo więcej. Może Panu/Pani przysługiwać zasiłek dla opiekuna (Carer's Allowance).
    [staff] Rozmówca poświęca na opiekę 35 godzin w tygodniu albo więcej. Może przysługiwać zasiłek dla opiekuna (Carer's Allowance).
    }

reason-declined = { $perspective ->
   *[self] Na niektóre pytania woli Pan/Pani nie odpowiadać. To w porządku.
    [other] Na niektóre pytania woli Pan/Pani nie odpowiadać. To w porządku.
    [staff] Rozmówca woli nie odpowiadać na niektóre pytania. Proszę zaproponować poufną rozmowę.
    }

reason-under-18 = { $perspective ->
   *[self] Z odpowiedzi wynika, że ma Pan/Pani mniej niż 18 lat. Możemy pomóc w kontakcie z pomocą dla młodych osób.
    [other] Z odpowiedzi wynika, że { $name } ma mniej niż 18 lat. Możemy pomóc w kontakcie z pomocą dla młodych osób.
    [staff] Rozmówca ma mniej niż 18 lat. Proszę pomóc w kontakcie z opieką społeczną dla dzieci (children's services).
    }
