# Ścieżki pomocy, usługi za nimi i zdania „dlaczego to proponujemy”.
#
# Uzasadnienia dostają $perspective ("self", "other", "staff") i $name, tak jak pytania. Gdy
# odpowiada krewny (other), uzasadnienia o opiece dotyczą krewnego, więc mówią „Pan/Pani”.
# Nigdy nie piszemy, że komuś pomoc „nie przysługuje”.

## Ścieżki: tytuł, potem .summary i .next (co dalej)

route-urgent-safety = Pomoc, gdy ktoś jest w niebezpieczeństwie
    .summary = Jeśli ktoś jest teraz w niebezpieczeństwie, proszę zadzwonić pod numer 999. Jeśli ktoś krzywdzi albo straszy Pana/Panią lub kogoś znajomego albo zabiera pieniądze, proszę nam o tym powiedzieć. Wysłuchamy i pomożemy zadbać o bezpieczeństwo. To nie jest wina osoby, której dzieje się krzywda.
    .next = Po telefonie pod 999 przyjedzie policja albo karetka. Jeśli sprawa jest pilna i zadzwoni Pan/Pani do Adult Social Care Direct, staramy się odezwać w ciągu 2 godzin. Potem można wrócić do pytań.

route-mental-health-crisis = Pomoc od razu, gdy jest bardzo ciężko na duszy
    .summary = Nie trzeba radzić sobie z tym w pojedynkę. Proszę zadzwonić pod NHS 111 i wybrać opcję zdrowia psychicznego. To działa w dzień i w nocy. Można też zadzwonić bezpłatnie do Samaritans: 116 123. Jeśli czyjeś życie jest teraz zagrożone, proszę zadzwonić pod numer 999.
    .next = Wysłucha Pana/Pani przeszkolona osoba i pomoże zdecydować, co dalej. Może też poprosić zespół zdrowia psychicznego o pomoc w domu.

route-needs-assessment = Ocena potrzeb w zakresie opieki
    .summary = Ocena potrzeb to rozmowa z działem opieki społecznej dla dorosłych (Adult Social Care) o tym, co jest trudne i co by pomogło. Jest bezpłatna. Może o nią poprosić każdy, kto może potrzebować pomocy, bez względu na to, ile ma pieniędzy.
    .next = Proszę zadzwonić do Adult Social Care Direct albo wypełnić samoocenę w internecie. Skontaktujemy się w ciągu 2 dni roboczych. Jeśli ocena jest potrzebna, staramy się przyjść w ciągu 6 tygodni, a w pilnej sytuacji w ciągu 24 godzin.

route-carers-support = Pomoc dla opiekunów
    .summary = Opieka nad kimś bywa trudna. Może Pan/Pani poprosić o ocenę potrzeb opiekuna (carer's assessment), nawet jeśli osoba pod opieką nie dostaje od nas pomocy. Carers Trust Heart of England daje porady, chętnie wysłucha i pomaga zrobić sobie przerwę od opieki.
    .next = Proszę zadzwonić do Carers Trust Heart of England albo do Adult Social Care Direct. Ocena potrzeb opiekuna pokazuje, co może Panu/Pani pomóc. Można też przygotować plan na wypadek Pana/Pani nagłej choroby.

route-memory-dementia = Pomoc przy kłopotach z pamięcią
    .summary = Kłopoty z pamięcią mają różne przyczyny. Niektóre można leczyć. Warto porozmawiać z lekarzem rodzinnym (GP) o badaniu pamięci. Coventry Dementia Hub może pomóc już teraz, z diagnozą albo bez niej.
    .next = Lekarz rodzinny może zrobić kilka prostych badań i skierować do poradni pamięci (memory clinic). Dementia Hub daje porady, ma kawiarnię i zajęcia dla osób z kłopotami z pamięcią i ich rodzin.

route-reablement = Pomoc na krótki czas po pobycie w szpitalu
    .summary = Pomoc w domu przez krótki czas może pomóc znów robić wszystko samodzielnie po pobycie w szpitalu albo po chorobie. W Coventry nazywa się to Promoting Independence.
    .next = Jeśli jest Pan/Pani jeszcze w szpitalu, proszę zapytać o to personel oddziału przed wyjściem do domu. Jeśli jest Pan/Pani już w domu, proszę zadzwonić do Adult Social Care Direct. Ta pomoc jest bezpłatna do 6 tygodni.

route-equipment-adaptations = Sprzęt albo zmiany w domu
    .summary = Sprzęt i drobne zmiany mogą sprawić, że w domu będzie bezpieczniej i łatwiej, na przykład uchwyty na ścianie albo krzesełko pod prysznic. Terapeuta zajęciowy (occupational therapist) może sprawdzić, co pomoże. Telecare może wezwać pomoc, jeśli Pan/Pani upadnie.
    .next = Proszę zadzwonić do Adult Social Care Direct. Mogą poprosić terapeutę zajęciowego, żeby porozmawiał z Panem/Panią albo przyszedł do domu. Część sprzętu dostarcza serwis OPAL.

route-direct-payments = Samodzielny wybór i organizowanie pomocy
    .summary = Płatność bezpośrednia (direct payment) to pieniądze z urzędu miasta na samodzielne zorganizowanie pomocy. Wiele osób zatrudnia za nie wybranego przez siebie asystenta osobistego, w godzinach, które im pasują.
    .next = Najpierw potrzebna jest ocena potrzeb w zakresie opieki albo ocena potrzeb opiekuna. Można o nią poprosić w Adult Social Care Direct. Penderels Trust pomaga zarządzać płatnością bezpośrednią i zatrudnić asystenta osobistego.

route-community-wellbeing = Spotkania z ludźmi i ciekawe zajęcia
    .summary = Grupy, kluby, wolontariat i przyjazne odwiedziny pomagają czuć się mniej samotnie. Age UK Coventry organizuje odwiedziny i rozmowy przez telefon.
    .next = Proszę skontaktować się z Age UK Coventry albo zapytać Adult Social Care Direct o grupy w okolicy. Jeśli często jest Panu/Pani smutno albo ma Pan/Pani zmartwienia, lekarz rodzinny też może pomóc.

route-home-environment = Pomoc, gdy trudno poradzić sobie z domem
    .summary = Wiele osób ma trudność z wyrzucaniem rzeczy albo z utrzymaniem porządku w domu. Nikt nie będzie Pana/Pani oceniać. Enabling Spaces pomaga uporządkować i posprzątać dom, we własnym tempie.
    .next = Proszę poprosić Adult Social Care Direct o kontakt z Enabling Spaces. Jeśli jest więcej zwierząt, niż da się o nie zadbać, może pomóc RSPCA.

route-money-advice = Porady o pieniądzach, zasiłkach i oszustwach
    .summary = Bezpłatna porada może pomóc w sprawie rachunków, długów i zasiłków, także zasiłków dla opiekunów. Może też pomóc po oszustwie.
    .next = Citizens Advice daje bezpłatne i poufne porady. Adult Social Care Direct wyjaśni, jak wygląda płacenie za opiekę. Jeśli oszust zabrał Panu/Pani pieniądze, proszę od razu powiadomić bank.

route-general-advice = Rozmowa z działem opieki społecznej (Adult Social Care)
    .summary = Odpowiedzi nie wskazały jednej konkretnej usługi. Zawsze można z nami porozmawiać o wszystkim. Zawsze można też poprosić o ocenę potrzeb w zakresie opieki albo o ocenę potrzeb opiekuna.
    .next = Proszę zadzwonić do Adult Social Care Direct. Wysłuchamy i wskażemy właściwą pomoc. Jeśli coś się zmieni, można wrócić i odpowiedzieć na pytania jeszcze raz.

## Usługi: nazwa, potem .description i czasem .hours

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

service-sicol-crisis-plus = Pomoc w kryzysie psychicznym w Coventry (SICol i Crisis Plus)
    .description = Częsta, praktyczna pomoc, żeby przejść przez kryzys psychiczny i zostać w domu. Można o nią zapytać w NHS 111 albo w zespole zdrowia psychicznego.

service-carers-trust = Carers Trust Heart of England
    .description = Porady, ktoś, kto wysłucha, grupy i przerwy od opieki dla opiekunów w Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Porady, zajęcia i kawiarnia Forget Me Not Café dla osób z kłopotami z pamięcią albo z demencją oraz ich rodzin.

service-your-gp = Przychodnia lekarza rodzinnego (GP)
    .description = Lekarz rodzinny może sprawdzić pamięć i zdrowie, a w razie potrzeby skierować do poradni pamięci.

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

service-citizens-advice = Citizens Advice
    .description = Bezpłatne i poufne porady o pieniądzach, długach, zasiłkach i oszustwach.

## Uzasadnienia: jedno zdanie „dlaczego to proponujemy” dla każdej reguły

reason-fallback = { $perspective ->
   *[self] Odpowiedzi nie wskazały jednej konkretnej usługi, ale zawsze może Pan/Pani z nami porozmawiać.
    [other] Odpowiedzi nie wskazały jednej konkretnej usługi, ale zawsze może Pan/Pani z nami porozmawiać.
    [staff] Odpowiedzi nie wskazały jednej konkretnej usługi. Proszę zaproponować ogólną poradę i ocenę potrzeb, jeśli rozmówca chce.
    }

reason-danger-now = { $perspective ->
   *[self] Z odpowiedzi wynika, że jest Pan/Pani teraz w niebezpieczeństwie.
    [other] Z odpowiedzi wynika, że { $name } jest teraz w niebezpieczeństwie.
    [staff] Rozmówca mówi, że jest teraz w niebezpieczeństwie.
    }

reason-danger-not-sure = { $perspective ->
   *[self] Z odpowiedzi wynika, że nie wie Pan/Pani, czy jest teraz bezpiecznie.
    [other] Z odpowiedzi wynika, że nie wie Pan/Pani, czy { $name } jest teraz w niebezpieczeństwie.
    [staff] Rozmówca nie wie, czy jest teraz w niebezpieczeństwie.
    }

reason-harm-by-others = { $perspective ->
   *[self] Z odpowiedzi wynika, że ktoś Pana/Panią krzywdzi, straszy, zaniedbuje albo coś Panu/Pani zabiera. To jest przemoc i to nie jest Pana/Pani wina.
    [other] Z odpowiedzi wynika, że { $name } doświadcza od kogoś krzywdy, straszenia, zaniedbania albo zabierania pieniędzy lub rzeczy. To jest przemoc.
    [staff] Rozmówca mówi, że doświadcza od kogoś krzywdy, straszenia, zaniedbania albo zabierania pieniędzy lub rzeczy. To może być przemoc: proszę postępować zgodnie z procedurą ochrony (safeguarding).
    }

reason-scam-loss = { $perspective ->
   *[self] Z odpowiedzi wynika, że oszust zabrał Panu/Pani pieniądze albo że oszustwo nadal trwa.
    [other] Z odpowiedzi wynika, że { $name } jest ofiarą oszustwa, w którym zniknęły pieniądze, albo że oszustwo nadal trwa.
    [staff] Rozmówca mówi, że jest ofiarą oszustwa, w którym zniknęły pieniądze, albo że oszustwo nadal trwa.
    }

reason-self-harm-now = { $perspective ->
   *[self] Z odpowiedzi wynika, że ostatnio pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    [other] Z odpowiedzi wynika, że { $name } ostatnio mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    [staff] Rozmówca mówi, że ostatnio ma myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
    }

reason-self-harm-past = { $perspective ->
   *[self] Z odpowiedzi wynika, że w przeszłości pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Jeśli wrócą, pomoc jest dostępna w dzień i w nocy.
    [other] Z odpowiedzi wynika, że w przeszłości zdarzało się, że { $name } mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy. Jeśli to wróci, pomoc jest dostępna w dzień i w nocy.
    [staff] Według rozmówcy w przeszłości pojawiały się myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy.
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

reason-carer-may-stop = { $perspective ->
   *[self] Z odpowiedzi wynika, że może Pan/Pani nie dać rady dłużej się kimś opiekować. Osoba pod opieką może potrzebować innej pomocy.
    [other] Z odpowiedzi wynika, że może Pan/Pani nie dać rady dłużej się opiekować, a { $name } może wtedy potrzebować innej pomocy.
    [staff] Rozmówca może nie dać rady dłużej się opiekować. Osoba pod opieką może potrzebować innej pomocy.
    }

reason-carer-health = { $perspective ->
   *[self] Z odpowiedzi wynika, że opieka nad kimś szkodzi Pana/Pani zdrowiu albo mu zagraża.
    [other] Z odpowiedzi wynika, że opieka nad kimś szkodzi Pana/Pani zdrowiu albo mu zagraża.
    [staff] Rozmówca mówi, że przez opiekę ma gorsze zdrowie albo zdrowie jest zagrożone.
    }

reason-carer-outcomes = { $perspective ->
   *[self] Z odpowiedzi wynika, że przez opiekę nad kimś trudno Panu/Pani robić to, co Pan/Pani musi albo chce.
    [other] Z odpowiedzi wynika, że przez opiekę nad kimś trudno Panu/Pani robić to, co Pan/Pani musi albo chce.
    [staff] Rozmówca mówi, że przez opiekę ma trudność z robieniem tego, co musi albo chce.
    }

reason-carer-not-coping = { $perspective ->
   *[self] Z odpowiedzi wynika, że nie radzi sobie Pan/Pani z opieką nad kimś.
    [other] Z odpowiedzi wynika, że nie radzi sobie Pan/Pani z opieką nad kimś.
    [staff] Rozmówca mówi, że nie radzi sobie z opieką.
    }

reason-carer-no-backup = { $perspective ->
   *[self] Z odpowiedzi wynika, że nikt nie mógłby Pana/Pani zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [other] Z odpowiedzi wynika, że nikt nie mógłby Pana/Pani zastąpić w razie choroby. Pomóc może plan na nagłe sytuacje.
    [staff] Rozmówca mówi, że nie ma zastępstwa na wypadek choroby. Proszę zaproponować plan na nagłe sytuacje dla opiekunów.
    }

reason-is-carer = { $perspective ->
   *[self] Z odpowiedzi wynika, że opiekuje się Pan/Pani kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    [other] Z odpowiedzi wynika, że opiekuje się Pan/Pani kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    [staff] Rozmówca opiekuje się kimś. Każdy opiekun może poprosić o ocenę potrzeb opiekuna.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] Z odpowiedzi wynika, że lekarz stwierdził u Pana/Pani demencję.
    [other] Z odpowiedzi wynika, że { $name } ma demencję stwierdzoną przez lekarza.
    [staff] Rozmówca mówi, że ma demencję stwierdzoną przez lekarza.
    }

reason-memory-changes = { $perspective ->
   *[self] Z odpowiedzi wynika, że pamięta albo myśli Pan/Pani gorzej niż 10 lat temu.
    [other] Z odpowiedzi wynika, że { $name } pamięta albo myśli gorzej niż 10 lat temu.
    [staff] Rozmówca mówi, że pamięta albo myśli gorzej niż 10 lat temu.
    }

reason-memory-worry = { $perspective ->
   *[self] Z odpowiedzi wynika, że martwi się Pan/Pani o swoją pamięć albo myślenie.
    [other] Z odpowiedzi wynika, że martwi się Pan/Pani, że { $name } ma kłopoty z pamięcią albo myśleniem.
    [staff] Rozmówca martwi się o swoją pamięć albo myślenie.
    }

reason-after-hospital = { $perspective ->
   *[self] Z odpowiedzi wynika, że jest Pan/Pani w szpitalu albo że po pobycie w szpitalu codzienne sprawy są trudniejsze.
    [other] Z odpowiedzi wynika, że { $name } jest w szpitalu albo że po pobycie w szpitalu codzienne sprawy są trudniejsze.
    [staff] Rozmówca jest w szpitalu albo po pobycie w szpitalu codzienne sprawy są trudniejsze.
    }

reason-home-difficulties = { $perspective ->
   *[self] Z odpowiedzi wynika, że niektóre rzeczy w domu są dla Pana/Pani trudne, na przykład schody, wanna albo wstawanie z krzesła.
    [other] Z odpowiedzi wynika, że { $name } ma w domu trudność z niektórymi rzeczami, na przykład ze schodami, wanną albo wstawaniem z krzesła.
    [staff] Rozmówca mówi, że niektóre rzeczy w domu są trudne, na przykład schody, wanna albo wstawanie z krzesła.
    }

reason-falls-repeated = { $perspective ->
   *[self] Z odpowiedzi wynika, że ma Pan/Pani za sobą więcej niż jeden upadek albo mieszka Pan/Pani samotnie i ma za sobą upadek.
    [other] Z odpowiedzi wynika, że { $name } ma za sobą więcej niż jeden upadek albo mieszka samotnie i ma za sobą upadek.
    [staff] Rozmówca ma za sobą więcej niż jeden upadek albo mieszka samotnie i ma za sobą upadek.
    }

reason-fall-once = { $perspective ->
   *[self] Z odpowiedzi wynika, że w ostatnim roku zdarzyło się Panu/Pani upaść.
    [other] Z odpowiedzi wynika, że w ostatnim roku { $name } ma za sobą upadek.
    [staff] Rozmówca ma za sobą upadek w ostatnim roku.
    }

reason-home-unsafe = { $perspective ->
   *[self] Z odpowiedzi wynika, że poruszanie się po domu, mycie się albo korzystanie z toalety nie jest dla Pana/Pani bezpieczne.
    [other] Z odpowiedzi wynika, że gdy { $name } porusza się po domu, myje się albo korzysta z toalety, nie jest to bezpieczne.
    [staff] Rozmówca mówi, że poruszanie się po domu, mycie się albo korzystanie z toalety nie jest bezpieczne.
    }

reason-more-control = { $perspective ->
   *[self] Z odpowiedzi wynika, że chce Pan/Pani mieć większy wpływ na to, kto i kiedy pomaga.
    [other] Z odpowiedzi wynika, że { $name } chce mieć większy wpływ na to, kto i kiedy pomaga.
    [staff] Rozmówca chce mieć większy wpływ na to, kto i kiedy pomaga.
    }

reason-has-direct-payment = { $perspective ->
   *[self] Z odpowiedzi wynika, że dostaje Pan/Pani płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    [other] Z odpowiedzi wynika, że { $name } dostaje płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    [staff] Rozmówca dostaje płatność bezpośrednią (direct payment). Można dostać pomoc w zarządzaniu nią.
    }

reason-lonely-often = { $perspective ->
   *[self] Z odpowiedzi wynika, że często czuje się Pan/Pani samotnie.
    [other] Z odpowiedzi wynika, że { $name } często wydaje się czuć samotnie.
    [staff] Rozmówca mówi, że często czuje się samotnie.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] Z odpowiedzi wynika, że czasami czuje się Pan/Pani samotnie.
    [other] Z odpowiedzi wynika, że { $name } czasami wydaje się czuć samotnie.
    [staff] Rozmówca mówi, że czasami czuje się samotnie.
    }

reason-community-interests = { $perspective ->
   *[self] Z odpowiedzi wynika, że chce Pan/Pani poznać ludzi albo znaleźć ciekawe zajęcia.
    [other] Z odpowiedzi wynika, że { $name } chce poznać ludzi albo znaleźć ciekawe zajęcia.
    [staff] Rozmówca chce poznać ludzi albo znaleźć ciekawe zajęcia.
    }

reason-low-mood-or-worry = { $perspective ->
   *[self] Z odpowiedzi wynika, że często ma Pan/Pani zły nastrój albo zmartwienia.
    [other] Z odpowiedzi wynika, że { $name } często wydaje się mieć zły nastrój albo zmartwienia.
    [staff] Rozmówca mówi, że często ma zły nastrój albo zmartwienia.
    }

reason-clutter-serious = { $perspective ->
   *[self] Z odpowiedzi wynika, że w Pana/Pani domu jest tyle rzeczy, że trudno albo niebezpiecznie z niego korzystać.
    [other] Z odpowiedzi wynika, że w domu, w którym mieszka { $name }, jest tyle rzeczy, że trudno albo niebezpiecznie z niego korzystać.
    [staff] Rozmówca mówi, że w domu jest tyle rzeczy, że trudno albo niebezpiecznie z niego korzystać.
    }

reason-clutter-some = { $perspective ->
   *[self] Z odpowiedzi wynika, że z niektórych pokoi w Pana/Pani domu trudno korzystać, bo są pełne rzeczy.
    [other] Z odpowiedzi wynika, że z niektórych pokoi trudno korzystać, bo są pełne rzeczy.
    [staff] Rozmówca mówi, że z niektórych pokoi trudno korzystać, bo są pełne rzeczy.
    }

reason-money-worries = { $perspective ->
   *[self] Z odpowiedzi wynika, że martwi się Pan/Pani o pieniądze.
    [other] Z odpowiedzi wynika, że { $name } martwi się o pieniądze.
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

reason-under-18 = { $perspective ->
   *[self] Z odpowiedzi wynika, że ma Pan/Pani mniej niż 18 lat. Możemy pomóc w kontakcie z pomocą dla młodych osób.
    [other] Z odpowiedzi wynika, że { $name } ma mniej niż 18 lat. Możemy pomóc w kontakcie z pomocą dla młodych osób.
    [staff] Rozmówca ma mniej niż 18 lat. Proszę pomóc w kontakcie z opieką społeczną dla dzieci (children's services).
    }
