# Pytania, części i odpowiedzi (po polsku).
#
# Każde pytanie dostaje $perspective: "self" (osoba odpowiada za siebie), "other" (krewny lub
# przyjaciel odpowiada o osobie $name) albo "staff" (pracownik czyta pytanie na głos).
# $name to imię albo „osoba pod Pana/Pani opieką”. Dlatego $name stoi zawsze w mianowniku
# i nigdy na początku zdania. Formy czasowników nie zależą od płci (czas teraźniejszy,
# „ma za sobą”, „zdarzyło się”), bo nie znamy płci tej osoby.

## Części

section-about = Podstawowe informacje
section-safety = Bezpieczeństwo
section-daily-life = Codzienne życie
section-home = Dom
section-memory = Pamięć i myślenie
section-mood = Samopoczucie
section-caring = Opieka nad kimś
section-control = Obecna pomoc
section-community = Ludzie i pieniądze
section-more = Coś jeszcze

## Wspólne odpowiedzi

options-yes-no = Tak, nie albo nie wiem
    .yes = Tak
    .no = Nie
    .not-sure = Nie wiem

options-frequency = Jak często
    .never = Nigdy
    .sometimes = Czasami
    .often = Często
    .always = Cały czas albo prawie cały czas

# Sposoby, na jakie Care Act opisuje, że ktoś „nie daje rady” czegoś zrobić, prostymi słowami.
options-outcome = Jak to wpływa na codzienne życie
    .manage-fine = { $perspective ->
       *[self] Radzę sobie z tym dobrze
        [other] Radzi sobie z tym dobrze
        [staff] Radzi Pan/Pani sobie z tym dobrze
    }
    .cannot-without-help = { $perspective ->
       *[self] Nie mogę tego zrobić bez pomocy albo ktoś musi mi o tym przypominać
        [other] Nie może tego zrobić bez pomocy albo ktoś musi o tym przypominać
        [staff] Nie może Pan/Pani tego zrobić bez pomocy albo ktoś musi Panu/Pani o tym przypominać
    }
    .pain-or-distress = { $perspective ->
       *[self] Mogę to zrobić, ale sprawia mi to dużo bólu, niepokoju albo przykrości
        [other] Może to zrobić, ale sprawia to dużo bólu, niepokoju albo przykrości
        [staff] Może Pan/Pani to zrobić, ale sprawia to Panu/Pani dużo bólu, niepokoju albo przykrości
    }
    .unsafe = { $perspective ->
       *[self] Mogę to zrobić, ale to nie jest bezpieczne dla mnie albo dla innych
        [other] Może to zrobić, ale to nie jest bezpieczne dla tej osoby albo dla innych
        [staff] Może Pan/Pani to zrobić, ale to nie jest bezpieczne dla Pana/Pani albo dla innych
    }
    .takes-much-longer = { $perspective ->
       *[self] Mogę to zrobić, ale zajmuje mi to dużo więcej czasu, niż powinno
        [other] Może to zrobić, ale zajmuje to dużo więcej czasu, niż powinno
        [staff] Może Pan/Pani to zrobić, ale zajmuje to Panu/Pani dużo więcej czasu, niż powinno
    }

# Dodawane przez `decline = true` do pytań, na które ktoś może nie chcieć odpowiadać. To osobna
# odpowiedź, nigdy nie znaczy „nie”.
options-decline = Wolę nie odpowiadać
    .prefer-not-to-say = Wolę nie odpowiadać

options-compared = W porównaniu z czasem sprzed 10 lat
    .better = Lepiej
    .about-the-same = Mniej więcej tak samo
    .a-bit-worse = Trochę gorzej
    .much-worse = Dużo gorzej
    .dont-know = Nie wiem

## Podstawowe informacje

q-age-band = { $perspective ->
   *[self] Ile ma Pan/Pani lat?
    [other] Ile lat ma { $name }?
    [staff] Proszę zapytać rozmówcę: Ile ma Pan/Pani lat?
    }
    .under-18 = Mniej niż 18 lat
    .age-18-to-25 = Od 18 do 25 lat
    .age-26-to-64 = Od 26 do 64 lat
    .age-65-to-74 = Od 65 do 74 lat
    .age-75-to-84 = Od 75 do 84 lat
    .age-85-plus = 85 lat albo więcej

q-lives-alone = { $perspective ->
   *[self] Czy mieszka Pan/Pani samotnie?
    [other] Czy { $name } mieszka samotnie?
    [staff] Proszę zapytać rozmówcę: Czy mieszka Pan/Pani samotnie?
    }

## Bezpieczeństwo

q-danger-now = { $perspective ->
   *[self] Czy jest Pan/Pani teraz w niebezpieczeństwie?
    [other] Czy { $name } jest teraz w niebezpieczeństwie?
    [staff] Proszę zapytać rozmówcę: Czy jest Pan/Pani teraz w niebezpieczeństwie?
    }
    .hint = { $perspective ->
       *[self] Niebezpieczeństwo może grozić ze strony kogoś innego, z powodu miejsca, w którym Pan/Pani jest, albo z powodu własnych myśli. Jeśli nam Pan/Pani o tym powie, od razu pokażemy, kto może pomóc.
        [other] Niebezpieczeństwo może grozić ze strony kogoś innego, z powodu miejsca, w którym ta osoba jest, albo z powodu jej własnych myśli. Jeśli nam Pan/Pani o tym powie, od razu pokażemy, kto może pomóc.
        [staff] Proszę zapytać o to najpierw, spokojnie. Niebezpieczeństwo może grozić ze strony kogoś innego, z powodu miejsca, w którym rozmówca jest, albo z powodu jego własnych myśli. Jeśli czyjeś życie jest zagrożone, proszę od razu zadzwonić pod numer 999.
    }
    .yes = { $perspective ->
       *[self] Tak, ktoś może mnie skrzywdzić albo tam, gdzie jestem, nie jest bezpiecznie
        [other] Tak, ktoś może tę osobę skrzywdzić albo tam, gdzie jest, nie jest bezpiecznie
        [staff] Tak, ktoś może Pana/Panią skrzywdzić albo tam, gdzie Pan/Pani jest, nie jest bezpiecznie
    }
    .yes-myself = { $perspective ->
       *[self] Tak, mogę zrobić sobie krzywdę albo odebrać sobie życie
        [other] Tak, ta osoba może zrobić sobie krzywdę albo odebrać sobie życie
        [staff] Tak, może Pan/Pani zrobić sobie krzywdę albo odebrać sobie życie
    }
    .no = Nie
    .not-sure = Nie wiem

q-self-harm = { $perspective ->
   *[self] Czy pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy?
    [other] Czy zdarza się, że { $name } mówi o odebraniu sobie życia albo o zrobieniu sobie krzywdy?
    [staff] Proszę zapytać rozmówcę: Czy pojawiały się u Pana/Pani myśli o odebraniu sobie życia albo o zrobieniu sobie krzywdy?
    }
    .hint = { $perspective ->
       *[self] Pytamy o to wszystkich, bo to ważne. Można nam o tym spokojnie powiedzieć. Wtedy od razu pokażemy, kto może pomóc.
        [other] Pytamy o to wszystkich, bo to ważne. Można nam o tym spokojnie powiedzieć. Wtedy od razu pokażemy, kto może pomóc.
        [staff] Pytamy o to każdego rozmówcę. Proszę zapytać o to wprost i spokojnie. Jeśli czyjeś życie jest teraz zagrożone, proszę zadzwonić pod numer 999.
    }
    .no = Nie
    .in-the-past = Tak, w przeszłości, ale nie teraz
    .recently = Tak, w ostatnich kilku tygodniach
    .right-now = { $perspective ->
       *[self] Tak, mam takie myśli teraz
        [other] Tak, i martwię się, że ta osoba jest teraz w niebezpieczeństwie
        [staff] Tak, ma Pan/Pani takie myśli teraz
    }

q-harm-by-others = { $perspective ->
   *[self] Czy ktoś robi Panu/Pani którąś z tych rzeczy?
    [other] Czy { $name } doświadcza od kogoś którejś z tych rzeczy?
    [staff] Proszę zapytać rozmówcę: Czy ktoś robi Panu/Pani którąś z tych rzeczy?
    }
    .hint = { $perspective ->
       *[self] To może być partner, ktoś z rodziny, opiekun albo ktoś inny. Można wybrać kilka odpowiedzi.
        [other] To może być partner, ktoś z rodziny, opiekun albo ktoś inny. Można wybrać kilka odpowiedzi.
        [staff] To może być partner, ktoś z rodziny, opiekun albo ktoś inny. Proszę przeczytać całą listę.
    }
    .hurting = Bicie, popychanie albo inne krzywdzenie
    .frightening = Grożenie, straszenie albo kontrolowanie
    .taking-money = Zabieranie pieniędzy albo rzeczy lub decydowanie o nich bez zgody
    .sexual = Dotykanie albo inne czynności seksualne bez zgody
    .neglect = Brak opieki albo pomocy, którą ktoś powinien dawać
    .forced-work = Zmuszanie do pracy za małe pieniądze albo za darmo
    .none = Żadne z powyższych

q-scam = { $perspective ->
   *[self] Czy w ostatnim roku ktoś oszukał Pana/Panią na pieniądze albo próbował to zrobić?
    [other] Czy w ostatnim roku { $name } ma za sobą oszustwo na pieniądze albo próbę takiego oszustwa?
    [staff] Proszę zapytać rozmówcę: Czy w ostatnim roku ktoś oszukał Pana/Panią na pieniądze albo próbował to zrobić?
    }
    .hint = { $perspective ->
       *[self] Na przykład przy drzwiach, przez telefon, listem albo w internecie.
        [other] Na przykład przy drzwiach, przez telefon, listem albo w internecie.
        [staff] Proszę podać przykłady: przy drzwiach, przez telefon, listem albo w internecie.
    }
    .no = Nie
    .tried = { $perspective ->
       *[self] Ktoś próbował, ale nic mi nie zabrał
        [other] Ktoś próbował, ale nic nie zabrał
        [staff] Ktoś próbował, ale nic Panu/Pani nie zabrał
    }
    .lost-money = { $perspective ->
       *[self] Tak, ktoś zabrał mi pieniądze albo wyłudził moje dane bankowe
        [other] Tak, ktoś zabrał pieniądze albo wyłudził dane bankowe
        [staff] Tak, ktoś zabrał Panu/Pani pieniądze albo wyłudził Pana/Pani dane bankowe
    }
    .still-happening = Tak, i to nadal trwa

## Codzienne życie

q-daily-life = { $perspective ->
   *[self] W czym z poniższych ma Pan/Pani trudność albo potrzebuje pomocy?
    [other] W czym z poniższych { $name } ma trudność albo potrzebuje pomocy?
    [staff] Proszę zapytać rozmówcę: W czym z poniższych ma Pan/Pani trudność albo potrzebuje pomocy?
    }
    .hint = { $perspective ->
       *[self] Można wybrać kilka odpowiedzi. Proszę wybrać też to, co teraz robi za Pana/Panią ktoś inny.
        [other] Można wybrać kilka odpowiedzi. Proszę wybrać też to, co teraz robi za tę osobę Pan/Pani albo ktoś inny.
        [staff] Proszę przeczytać całą listę. Proszę wybrać też to, co teraz robi za tę osobę ktoś inny.
    }
    .meals = Jedzenie i picie
    .washing = Mycie się i dbanie o czystość
    .toilet = Korzystanie z toalety
    .dressing = Ubieranie się
    .moving-around = Bezpieczne poruszanie się po domu
    .housework = Dbanie o to, żeby w domu było czysto i bezpiecznie
    .relationships = Spotkania z rodziną i przyjaciółmi
    .work-or-learning = Praca, nauka, kursy albo wolontariat
    .getting-out = Wychodzenie z domu, na przykład do sklepu, do lekarza albo autobusem
    .child-care = { $perspective ->
       *[self] Opieka nad dzieckiem, za które Pan/Pani odpowiada
        [other] Opieka nad dzieckiem, za które ta osoba odpowiada
        [staff] Opieka nad dzieckiem, za które Pan/Pani odpowiada
    }
    .medicines = Przyjmowanie leków o właściwej porze
    .none = Żadne z powyższych

q-meals = { $perspective ->
   *[self] Jedzenie i picie: jak sobie Pan/Pani radzi?
    [other] Jedzenie i picie: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Jedzenie i picie – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o zakupy, gotowanie, jedzenie i picie. Można wybrać kilka odpowiedzi.
        [other] Chodzi o zakupy, gotowanie, jedzenie i picie. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o zakupy, gotowanie, jedzenie i picie. Można wybrać kilka odpowiedzi.
    }

q-washing = { $perspective ->
   *[self] Mycie się i dbanie o czystość: jak sobie Pan/Pani radzi?
    [other] Mycie się i dbanie o czystość: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Mycie się i dbanie o czystość – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o mycie się, kąpiel, mycie zębów i czesanie. Można wybrać kilka odpowiedzi.
        [other] Chodzi o mycie się, kąpiel, mycie zębów i czesanie. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o mycie się, kąpiel, mycie zębów i czesanie. Można wybrać kilka odpowiedzi.
    }

q-toilet = { $perspective ->
   *[self] Korzystanie z toalety: jak sobie Pan/Pani radzi?
    [other] Korzystanie z toalety: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Korzystanie z toalety – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o to, żeby zdążyć do toalety i potem się umyć. Można wybrać kilka odpowiedzi.
        [other] Chodzi o to, żeby zdążyć do toalety i potem się umyć. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać, czy udaje się zdążyć do toalety i potem się umyć. Można wybrać kilka odpowiedzi.
    }

q-dressing = { $perspective ->
   *[self] Ubieranie się: jak sobie Pan/Pani radzi?
    [other] Ubieranie się: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Ubieranie się – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o guziki i zamki, zakładanie ubrań i wybieranie ubrań odpowiednich do pogody. Można wybrać kilka odpowiedzi.
        [other] Chodzi o guziki i zamki, zakładanie ubrań i wybieranie ubrań odpowiednich do pogody. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o guziki i zamki, zakładanie ubrań i wybieranie ubrań odpowiednich do pogody. Można wybrać kilka odpowiedzi.
    }

q-moving-around = { $perspective ->
   *[self] Bezpieczne poruszanie się po domu: jak sobie Pan/Pani radzi?
    [other] Bezpieczne poruszanie się po domu: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Bezpieczne poruszanie się po domu – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o przechodzenie z pokoju do pokoju oraz korzystanie z kuchni i łazienki. Można wybrać kilka odpowiedzi.
        [other] Chodzi o przechodzenie z pokoju do pokoju oraz korzystanie z kuchni i łazienki. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o przechodzenie z pokoju do pokoju oraz korzystanie z kuchni i łazienki. Można wybrać kilka odpowiedzi.
    }

q-housework = { $perspective ->
   *[self] Czysty i bezpieczny dom: jak sobie Pan/Pani radzi?
    [other] Czysty i bezpieczny dom: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Czysty i bezpieczny dom – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o sprzątanie, pranie, ogrzewanie i płacenie rachunków. Można wybrać kilka odpowiedzi.
        [other] Chodzi o sprzątanie, pranie, ogrzewanie i płacenie rachunków. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o sprzątanie, pranie, ogrzewanie i płacenie rachunków. Można wybrać kilka odpowiedzi.
    }

q-relationships = { $perspective ->
   *[self] Spotkania z rodziną i przyjaciółmi: jak sobie Pan/Pani radzi?
    [other] Spotkania z rodziną i przyjaciółmi: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Spotkania z rodziną i przyjaciółmi – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o utrzymywanie kontaktu i poznawanie nowych przyjaciół. Można wybrać kilka odpowiedzi.
        [other] Chodzi o utrzymywanie kontaktu i poznawanie nowych przyjaciół. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o utrzymywanie kontaktu i poznawanie nowych przyjaciół. Można wybrać kilka odpowiedzi.
    }

q-work-or-learning = { $perspective ->
   *[self] Praca, nauka, kursy albo wolontariat: jak sobie Pan/Pani radzi?
    [other] Praca, nauka, kursy albo wolontariat: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Praca, nauka, kursy albo wolontariat – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi tylko o to, co Pan/Pani chce robić. Można wybrać kilka odpowiedzi.
        [other] Chodzi tylko o to, co ta osoba chce robić. Można wybrać kilka odpowiedzi.
        [staff] Proszę pytać tylko o to, co rozmówca chce robić. Można wybrać kilka odpowiedzi.
    }

q-getting-out = { $perspective ->
   *[self] Wychodzenie z domu: jak sobie Pan/Pani radzi?
    [other] Wychodzenie z domu: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Wychodzenie z domu – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o sklepy, lekarza, bibliotekę, autobusy i taksówki. Można wybrać kilka odpowiedzi.
        [other] Chodzi o sklepy, lekarza, bibliotekę, autobusy i taksówki. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o sklepy, lekarza, bibliotekę, autobusy i taksówki. Można wybrać kilka odpowiedzi.
    }

q-child-care = { $perspective ->
   *[self] Opieka nad dzieckiem: jak sobie Pan/Pani radzi?
    [other] Opieka nad dzieckiem: jak sobie radzi { $name }?
    [staff] Proszę zapytać rozmówcę: Opieka nad dzieckiem – jak sobie Pan/Pani radzi?
    }
    .hint = { $perspective ->
       *[self] Chodzi o odprowadzanie do szkoły, karmienie i dbanie o bezpieczeństwo dziecka. Można wybrać kilka odpowiedzi.
        [other] Chodzi o odprowadzanie do szkoły, karmienie i dbanie o bezpieczeństwo dziecka. Można wybrać kilka odpowiedzi.
        [staff] Proszę zapytać o odprowadzanie dziecka do szkoły, karmienie i dbanie o jego bezpieczeństwo. Można wybrać kilka odpowiedzi.
    }

## Dom

q-home-difficulties = { $perspective ->
   *[self] Czy w domu ma Pan/Pani trudność z którąś z tych rzeczy?
    [other] Czy w domu { $name } ma trudność z którąś z tych rzeczy?
    [staff] Proszę zapytać rozmówcę: Czy w domu ma Pan/Pani trudność z którąś z tych rzeczy?
    }
    .hint = { $perspective ->
       *[self] Można wybrać kilka odpowiedzi.
        [other] Można wybrać kilka odpowiedzi.
        [staff] Proszę przeczytać całą listę. Można wybrać kilka odpowiedzi.
    }
    .stairs = Wchodzenie i schodzenie po schodach
    .bath-or-shower = Wchodzenie do wanny albo pod prysznic i wychodzenie
    .bed-or-chair = Kładzenie się do łóżka, siadanie na krześle i wstawanie
    .front-door = Wchodzenie do domu i wychodzenie z niego
    .reaching = Sięganie po rzeczy albo noszenie ich z pokoju do pokoju
    .none = Żadne z powyższych

q-falls = { $perspective ->
   *[self] Czy w ostatnim roku zdarzyło się Panu/Pani upaść albo przewrócić?
    [other] Czy w ostatnim roku { $name } ma za sobą upadek albo przewrócenie się?
    [staff] Proszę zapytać rozmówcę: Czy w ostatnim roku zdarzyło się Panu/Pani upaść albo przewrócić?
    }
    .no = Nie
    .once = Tak, raz
    .more-than-once = Tak, więcej niż raz

q-hospital = { $perspective ->
   *[self] Czy w ostatnich 3 miesiącach ma Pan/Pani za sobą pobyt w szpitalu?
    [other] Czy w ostatnich 3 miesiącach { $name } ma za sobą pobyt w szpitalu?
    [staff] Proszę zapytać rozmówcę: Czy w ostatnich 3 miesiącach ma Pan/Pani za sobą pobyt w szpitalu?
    }
    .no = Nie
    .in-hospital-now = { $perspective ->
       *[self] Tak, jestem teraz w szpitalu
        [other] Tak, jest teraz w szpitalu
        [staff] Tak, jest Pan/Pani teraz w szpitalu
    }
    .home-harder = { $perspective ->
       *[self] Tak, i od powrotu do domu codzienne sprawy są trudniejsze
        [other] Tak, i od powrotu do domu codzienne sprawy są trudniejsze
        [staff] Tak, i od powrotu do domu codzienne sprawy są trudniejsze
    }
    .home-managing = { $perspective ->
       *[self] Tak, i radzę sobie tak samo jak wcześniej
        [other] Tak, i radzi sobie tak samo jak wcześniej
        [staff] Tak, i radzi Pan/Pani sobie tak samo jak wcześniej
    }

q-clutter = { $perspective ->
   *[self] Czy w Pana/Pani domu jest tak dużo rzeczy, że trudno korzystać z niektórych pokoi?
    [other] Czy w domu, w którym mieszka { $name }, jest tak dużo rzeczy, że trudno korzystać z niektórych pokoi?
    [staff] Proszę zapytać rozmówcę: Czy w Pana/Pani domu jest tak dużo rzeczy, że trudno korzystać z niektórych pokoi?
    }
    .hint = { $perspective ->
       *[self] Wiele osób ma trudność z wyrzucaniem rzeczy. Pytamy o to, żeby wskazać właściwą pomoc.
        [other] Wiele osób ma trudność z wyrzucaniem rzeczy. Pytamy o to, żeby wskazać właściwą pomoc.
        [staff] Proszę powiedzieć, że wiele osób ma trudność z wyrzucaniem rzeczy i że pytamy tylko po to, żeby znaleźć właściwą pomoc.
    }
    .no = Nie
    .some-rooms = Tak, w niektórych pokojach
    .most-rooms = Tak, w większości pokoi

q-clutter-effects = { $perspective ->
   *[self] Czy z tego powodu dzieje się któraś z tych rzeczy?
    [other] Czy z tego powodu { $name } ma któryś z tych problemów?
    [staff] Proszę zapytać rozmówcę: Czy z tego powodu dzieje się któraś z tych rzeczy?
    }
    .cannot-cook = Trudno gotować
    .cannot-wash = Trudno się umyć
    .cannot-use-bed = Trudno spać w łóżku
    .blocked-exits = W razie pożaru trudno byłoby szybko wyjść
    .pests-or-smells = Są myszy, robaki, pleśń albo brzydki zapach
    .too-many-animals = Jest tyle zwierząt, że nie da się o wszystkie zadbać
    .none = Żadne z powyższych

## Pamięć i myślenie
# Nasze własne pytania o wczesne objawy demencji według NHS, zadane tak jak w Short IQCODE.

q-memory-worry = { $perspective ->
   *[self] Czy martwi się Pan/Pani o swoją pamięć albo myślenie?
    [other] Czy martwi się Pan/Pani, że { $name } ma kłopoty z pamięcią albo myśleniem?
    [staff] Proszę zapytać rozmówcę: Czy martwi się Pan/Pani o swoją pamięć albo myślenie?
    }
    .no = Nie
    .not-sure = Nie wiem
    .yes = Tak
    .diagnosed = { $perspective ->
       *[self] Lekarz już stwierdził u mnie demencję
        [other] Lekarz już stwierdził u tej osoby demencję
        [staff] Lekarz już stwierdził u Pana/Pani demencję
    }

q-memory-recent = { $perspective ->
   *[self] Jak teraz, w porównaniu z czasem sprzed 10 lat, pamięta Pan/Pani to, co wydarzyło się niedawno?
    [other] Jak teraz, w porównaniu z czasem sprzed 10 lat, { $name } pamięta to, co wydarzyło się niedawno?
    [staff] Proszę zapytać rozmówcę: Jak teraz, w porównaniu z czasem sprzed 10 lat, pamięta Pan/Pani to, co wydarzyło się niedawno?
    }

q-memory-words = { $perspective ->
   *[self] Jak teraz, w porównaniu z czasem sprzed 10 lat, radzi sobie Pan/Pani z rozmową i szukaniem właściwych słów?
    [other] Jak teraz, w porównaniu z czasem sprzed 10 lat, { $name } radzi sobie z rozmową i szukaniem właściwych słów?
    [staff] Proszę zapytać rozmówcę: Jak teraz, w porównaniu z czasem sprzed 10 lat, radzi sobie Pan/Pani z rozmową i szukaniem właściwych słów?
    }

q-memory-day-date = { $perspective ->
   *[self] Jak teraz, w porównaniu z czasem sprzed 10 lat, pamięta Pan/Pani, jaki jest dzień i miesiąc?
    [other] Jak teraz, w porównaniu z czasem sprzed 10 lat, { $name } pamięta, jaki jest dzień i miesiąc?
    [staff] Proszę zapytać rozmówcę: Jak teraz, w porównaniu z czasem sprzed 10 lat, pamięta Pan/Pani, jaki jest dzień i miesiąc?
    }

q-memory-money = { $perspective ->
   *[self] Jak teraz, w porównaniu z czasem sprzed 10 lat, radzi sobie Pan/Pani z pieniędzmi podczas zakupów?
    [other] Jak teraz, w porównaniu z czasem sprzed 10 lat, { $name } radzi sobie z pieniędzmi podczas zakupów?
    [staff] Proszę zapytać rozmówcę: Jak teraz, w porównaniu z czasem sprzed 10 lat, radzi sobie Pan/Pani z pieniędzmi podczas zakupów?
    }
    .hint = { $perspective ->
       *[self] Na przykład z płaceniem właściwej kwoty i sprawdzaniem reszty.
        [other] Na przykład z płaceniem właściwej kwoty i sprawdzaniem reszty.
        [staff] Proszę podać przykład: płacenie właściwej kwoty i sprawdzanie reszty.
    }

## Samopoczucie

q-low-mood = { $perspective ->
   *[self] Jak często w ostatnim miesiącu zdarzało się Panu/Pani mieć zły nastrój, smucić się albo tracić nadzieję?
    [other] Jak często w ostatnim miesiącu { $name } wydaje się mieć zły nastrój, smucić się albo tracić nadzieję?
    [staff] Proszę zapytać rozmówcę: Jak często w ostatnim miesiącu zdarzało się Panu/Pani mieć zły nastrój, smucić się albo tracić nadzieję?
    }

q-worry = { $perspective ->
   *[self] Jak często w ostatnim miesiącu zmartwienia przeszkadzały Panu/Pani w codziennym życiu?
    [other] Jak często w ostatnim miesiącu { $name } martwi się tak, że to przeszkadza w codziennym życiu?
    [staff] Proszę zapytać rozmówcę: Jak często w ostatnim miesiącu zmartwienia przeszkadzały Panu/Pani w codziennym życiu?
    }

q-bereaved = { $perspective ->
   *[self] Czy w ostatnim roku zmarł ktoś Panu/Pani bliski?
    [other] Czy w ostatnim roku { $name } ma za sobą śmierć kogoś bliskiego?
    [staff] Proszę zapytać rozmówcę: Czy w ostatnim roku zmarł ktoś Panu/Pani bliski?
    }
    .yes = Tak
    .no = Nie

## Opieka nad kimś
# Gdy odpowiada krewny (other), te pytania dotyczą krewnego, a nie osoby $name.

q-is-carer = { $perspective ->
   *[self] Czy opiekuje się Pan/Pani kimś, kto nie poradziłby sobie bez Pana/Pani pomocy?
    [other] Czy Pana/Pani pomoc jest tak ważna, że bez niej { $name } nie da sobie rady?
    [staff] Proszę zapytać rozmówcę: Czy opiekuje się Pan/Pani kimś, kto nie poradziłby sobie bez Pana/Pani pomocy?
    }
    .hint = { $perspective ->
       *[self] Na przykład partnerem, rodzicem, dzieckiem albo przyjacielem. Opiekunem jest się także wtedy, gdy chodzi o rodzinę i nikt za to nie płaci.
        [other] Kolejne pytania dotyczą Pana/Pani. Opiekunem jest się także wtedy, gdy chodzi o rodzinę i nikt za to nie płaci.
        [staff] Na przykład partnerem, rodzicem, dzieckiem albo przyjacielem. Opiekunem jest się także wtedy, gdy chodzi o rodzinę i nikt za to nie płaci.
    }

q-cared-for = { $perspective ->
   *[self] Kim się Pan/Pani opiekuje?
    [other] Kim się Pan/Pani opiekuje? Proszę wybrać też osobę, o którą dotąd pytaliśmy ({ $name }).
    [staff] Proszę zapytać rozmówcę: Kim się Pan/Pani opiekuje?
    }
    .partner = { $perspective ->
       *[self] Mężem, żoną, partnerem albo partnerką
        [other] Mężem, żoną, partnerem albo partnerką
        [staff] Mężem, żoną, partnerem albo partnerką
    }
    .parent = { $perspective ->
       *[self] Mamą albo tatą
        [other] Mamą albo tatą
        [staff] Mamą albo tatą
    }
    .son-or-daughter = { $perspective ->
       *[self] Synem albo córką
        [other] Synem albo córką
        [staff] Synem albo córką
    }
    .other-relative = Kimś innym z rodziny
    .friend-or-neighbour = Kimś z przyjaciół albo sąsiadów

q-caring-hours = { $perspective ->
   *[self] Ile godzin w tygodniu poświęca Pan/Pani na opiekę nad kimś?
    [other] Ile godzin w tygodniu poświęca Pan/Pani na opiekę nad kimś?
    [staff] Proszę zapytać rozmówcę: Ile godzin w tygodniu poświęca Pan/Pani na opiekę nad kimś?
    }
    .hint = { $perspective ->
       *[self] Proszę policzyć opiekę nad wszystkimi osobami, także w nocy.
        [other] Proszę policzyć opiekę nad wszystkimi osobami, także w nocy.
        [staff] Proszę poprosić o policzenie opieki nad wszystkimi osobami, także w nocy.
    }
    .under-20 = Mniej niż 20 godzin
    .from-20-to-34 = Od 20 do 34 godzin
    .from-35-to-49 = Od 35 do 49 godzin
    .from-50 = 50 godzin albo więcej

q-carer-health = { $perspective ->
   *[self] Czy opieka nad kimś pogarsza Pana/Pani zdrowie albo mu zagraża?
    [other] Czy opieka nad kimś pogarsza Pana/Pani zdrowie albo mu zagraża?
    [staff] Proszę zapytać rozmówcę: Czy opieka nad kimś pogarsza Pana/Pani zdrowie albo mu zagraża?
    }
    .hint = { $perspective ->
       *[self] Chodzi o zdrowie ciała i zdrowie psychiczne.
        [other] Chodzi o zdrowie ciała i zdrowie psychiczne.
        [staff] Chodzi o zdrowie ciała i zdrowie psychiczne rozmówcy.
    }

q-carer-life = { $perspective ->
   *[self] Czy przez opiekę nad kimś ma Pan/Pani trudność z którąś z tych rzeczy?
    [other] Czy przez opiekę nad kimś ma Pan/Pani trudność z którąś z tych rzeczy?
    [staff] Proszę zapytać rozmówcę: Czy przez opiekę nad kimś ma Pan/Pani trudność z którąś z tych rzeczy?
    }
    .hint = { $perspective ->
       *[self] Proszę wybrać to, czego nie da się robić albo da się robić tylko z dużym stresem. Można wybrać kilka odpowiedzi.
        [other] Proszę wybrać to, czego nie da się robić albo da się robić tylko z dużym stresem. Można wybrać kilka odpowiedzi.
        [staff] Proszę przeczytać całą listę. Proszę wybrać to, czego rozmówca nie może robić albo może robić tylko z dużym stresem.
    }
    .sleep = Wysypianie się
    .eat-well = Zdrowe jedzenie
    .look-after-home = Dbanie o własny dom
    .care-for-others = Opieka nad dziećmi albo innymi osobami
    .family-and-friends = Spotkania z rodziną i przyjaciółmi
    .work-or-study = Praca, nauka albo wolontariat
    .get-out = Wychodzenie z domu, na przykład do sklepu albo do lekarza
    .time-for-yourself = Czas dla siebie, na przykład na hobby albo odpoczynek
    .none = Żadne z powyższych

q-carer-coping = { $perspective ->
   *[self] Jak sobie Pan/Pani radzi z opieką nad kimś?
    [other] Jak sobie Pan/Pani radzi z pomocą, której potrzebuje { $name }?
    [staff] Proszę zapytać rozmówcę: Jak sobie Pan/Pani radzi z opieką nad kimś?
    }
    .well = { $perspective ->
       *[self] Radzę sobie dobrze
        [other] Radzę sobie dobrze
        [staff] Radzi Pan/Pani sobie dobrze
    }
    .some-days = { $perspective ->
       *[self] W niektóre dni sobie radzę, w inne nie
        [other] W niektóre dni sobie radzę, w inne nie
        [staff] W niektóre dni radzi Pan/Pani sobie, w inne nie
    }
    .not-coping = { $perspective ->
       *[self] Nie radzę sobie
        [other] Nie radzę sobie
        [staff] Nie radzi Pan/Pani sobie
    }
    .may-stop = { $perspective ->
       *[self] Możliwe, że nie dam rady dłużej się opiekować
        [other] Możliwe, że nie dam rady dłużej się opiekować
        [staff] Możliwe, że nie da Pan/Pani rady dłużej się opiekować
    }

q-carer-backup = { $perspective ->
   *[self] Czy jest ktoś, kto może Pana/Panią zastąpić, jeśli Pan/Pani zachoruje albo stanie się coś nagłego?
    [other] Czy jest ktoś, kto może Pana/Panią zastąpić, jeśli Pan/Pani zachoruje albo stanie się coś nagłego?
    [staff] Proszę zapytać rozmówcę: Czy jest ktoś, kto może Pana/Panią zastąpić, jeśli Pan/Pani zachoruje albo stanie się coś nagłego?
    }

## Obecna pomoc

q-help-now = { $perspective ->
   *[self] Kto teraz Panu/Pani pomaga?
    [other] Od kogo { $name } dostaje teraz pomoc?
    [staff] Proszę zapytać rozmówcę: Kto teraz Panu/Pani pomaga?
    }
    .family-or-friends = Rodzina, przyjaciele albo sąsiedzi, bez wynagrodzenia
    .care-agency = Opiekunowie z agencji opiekuńczej
    .paid-carers = { $perspective ->
       *[self] Opiekunowie albo asystent osobisty, którym płacę z własnych pieniędzy
        [other] Opiekunowie albo asystent osobisty, którym ta osoba płaci z własnych pieniędzy
        [staff] Opiekunowie albo asystent osobisty, którym płaci Pan/Pani z własnych pieniędzy
    }
    .council-arranged = Pomoc zorganizowana przez urząd miasta
    .direct-payment = { $perspective ->
       *[self] Dostaję płatność bezpośrednią (direct payment) i za nią organizuję sobie pomoc
        [other] Dostaje płatność bezpośrednią (direct payment) i za nią organizuje sobie pomoc
        [staff] Dostaje Pan/Pani płatność bezpośrednią (direct payment) i za nią organizuje sobie pomoc
    }
    .none = Nikt nie pomaga

q-more-control = { $perspective ->
   *[self] Czy chce Pan/Pani którejś z tych rzeczy?
    [other] Czy { $name } chce którejś z tych rzeczy?
    [staff] Proszę zapytać rozmówcę: Czy chce Pan/Pani którejś z tych rzeczy?
    }
    .hint = { $perspective ->
       *[self] Płatność bezpośrednia (direct payment) to pieniądze z urzędu miasta, za które samodzielnie organizuje się pomoc. Można wybrać kilka odpowiedzi.
        [other] Płatność bezpośrednia (direct payment) to pieniądze z urzędu miasta, za które ta osoba samodzielnie organizuje sobie pomoc. Można wybrać kilka odpowiedzi.
        [staff] Proszę wyjaśnić: płatność bezpośrednia (direct payment) to pieniądze z urzędu miasta na samodzielne zorganizowanie pomocy. Proszę przeczytać całą listę.
    }
    .choose-who = { $perspective ->
       *[self] Wybór, kto pomaga, na przykład własny asystent osobisty
        [other] Wybór, kto pomaga, na przykład własny asystent osobisty
        [staff] Wybór, kto pomaga, na przykład własny asystent osobisty
    }
    .choose-when = Wybór, kiedy przychodzi pomoc
    .own-budget = { $perspective ->
       *[self] Płatność bezpośrednia i samodzielne organizowanie pomocy
        [other] Płatność bezpośrednia i samodzielne organizowanie pomocy
        [staff] Płatność bezpośrednia i samodzielne organizowanie pomocy
    }
    .none = Żadne z powyższych

## Ludzie i pieniądze

q-lonely = { $perspective ->
   *[self] Jak często czuje się Pan/Pani samotnie?
    [other] Jak często { $name } wydaje się czuć samotnie?
    [staff] Proszę zapytać rozmówcę: Jak często czuje się Pan/Pani samotnie?
    }

q-community-interests = { $perspective ->
   *[self] Czy chce Pan/Pani pomocy w którejś z tych spraw?
    [other] Czy { $name } chce pomocy w którejś z tych spraw?
    [staff] Proszę zapytać rozmówcę: Czy chce Pan/Pani pomocy w którejś z tych spraw?
    }
    .meeting-people = Poznawanie nowych ludzi
    .someone-to-talk-to = Ktoś, kto odwiedzi albo zadzwoni, żeby porozmawiać
    .activities = Znalezienie grup, klubów albo zajęć
    .volunteering = Znalezienie wolontariatu
    .none = Żadne z powyższych

q-money-worries = { $perspective ->
   *[self] Czy martwi się Pan/Pani którąś z tych spraw?
    [other] Czy w sytuacji, w której jest { $name }, któraś z tych spraw budzi zmartwienie?
    [staff] Proszę zapytać rozmówcę: Czy martwi się Pan/Pani którąś z tych spraw?
    }
    .hint = { $perspective ->
       *[self] Można wybrać kilka odpowiedzi.
        [other] Może chodzić o zmartwienia Pana/Pani albo tej osoby. Można wybrać kilka odpowiedzi.
        [staff] Proszę przeczytać całą listę. Można wybrać kilka odpowiedzi.
    }
    .bills = Płacenie rachunków, czynszu albo za jedzenie
    .debt = Długi
    .benefits = { $perspective ->
       *[self] Czy dostaje Pan/Pani wszystkie należne zasiłki
        [other] Czy ta osoba dostaje wszystkie należne zasiłki
        [staff] Czy dostaje Pan/Pani wszystkie należne zasiłki
    }
    .paying-for-care = Płacenie za opiekę
    .none = Żadne z powyższych

## Coś jeszcze

q-anything-else = { $perspective ->
   *[self] Czy chce Pan/Pani powiedzieć nam coś jeszcze?
    [other] Czy jest coś jeszcze, co powinniśmy wiedzieć? Na przykład o tym, czego potrzebuje { $name }.
    [staff] Proszę zapytać rozmówcę: Czy chce Pan/Pani powiedzieć nam coś jeszcze?
    }
    .hint = { $perspective ->
       *[self] Nie trzeba nic pisać. Proszę nie podawać danych bankowych ani haseł.
        [other] Nie trzeba nic pisać. Proszę nie podawać danych bankowych ani haseł.
        [staff] Proszę wpisać to, co rozmówca chce nam przekazać. Proszę nie podawać danych bankowych ani haseł.
    }
