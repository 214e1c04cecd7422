# Întrebările, secțiunile și variantele de răspuns (în română).
#
# Fiecare întrebare primește $perspective: "self" (persoana răspunde pentru sine), "other" (o
# rudă sau un prieten răspunde despre $name) sau "staff" (un angajat citește întrebarea cu
# voce tare). $name este un prenume sau „persoana pe care o ajutați”, deci apare doar la
# nominativ sau după prepoziții (pentru, despre, de la, cu), niciodată la început de propoziție.
# Evităm adjectivele care depind de gen, pentru că nu știm genul persoanei.

## Secțiuni

section-about = Informații de bază
section-safety = Siguranța
section-daily-life = Viața de zi cu zi
section-home = Locuința
section-memory = Memoria și gândirea
section-mood = Starea sufletească
section-caring = Grija pentru altcineva
section-control = Ajutorul primit
section-community = Oameni și bani
section-more = Altceva

## Variante de răspuns comune

options-yes-no = Da, nu sau nu știu
    .yes = Da
    .no = Nu
    .not-sure = Nu știu

options-frequency = Cât de des
    .never = Niciodată
    .sometimes = Uneori
    .often = Des
    .always = Tot timpul sau aproape tot timpul

# Felurile în care Care Act descrie că cineva „nu reușește” un lucru, în cuvinte simple.
options-outcome = Cum vă afectează
    .manage-fine = { $perspective ->
       *[self] Mă descurc bine
        [other] Se descurcă bine
        [staff] Vă descurcați bine
    }
    .cannot-without-help = { $perspective ->
       *[self] Nu pot să o fac fără ajutor sau trebuie să-mi amintească cineva
        [other] Nu poate să o facă fără ajutor sau trebuie să-i amintească cineva
        [staff] Nu puteți să o faceți fără ajutor sau trebuie să vă amintească cineva
    }
    .pain-or-distress = { $perspective ->
       *[self] Pot să o fac, dar îmi provoacă multă durere, îngrijorare sau supărare
        [other] Poate să o facă, dar îi provoacă multă durere, îngrijorare sau supărare
        [staff] Puteți să o faceți, dar vă provoacă multă durere, îngrijorare sau supărare
    }
    .unsafe = { $perspective ->
       *[self] Pot să o fac, dar nu este sigur pentru mine sau pentru alții
        [other] Poate să o facă, dar nu este sigur pentru sine sau pentru alții
        [staff] Puteți să o faceți, dar nu este sigur pentru dumneavoastră sau pentru alții
    }
    .takes-much-longer = { $perspective ->
       *[self] Pot să o fac, dar îmi ia mult mai mult timp decât ar trebui
        [other] Poate să o facă, dar îi ia mult mai mult timp decât ar trebui
        [staff] Puteți să o faceți, dar vă ia mult mai mult timp decât ar trebui
    }

# Adăugat prin `decline = true` la întrebările la care oamenii s-ar putea să nu vrea să
# răspundă. Este un răspuns în sine, niciodată citit ca „nu”.
options-decline = Prefer să nu răspund
    .prefer-not-to-say = Prefer să nu răspund

options-compared = Față de acum 10 ani
    .better = Mai bine
    .about-the-same = Cam la fel
    .a-bit-worse = Puțin mai rău
    .much-worse = Mult mai rău
    .dont-know = Nu știu

## Informații de bază

q-age-band = { $perspective ->
   *[self] Câți ani aveți?
    [other] Câți ani are { $name }?
    [staff] Întrebați apelantul: Câți ani aveți?
    }
    .under-18 = Sub 18 ani
    .age-18-to-25 = Între 18 și 25 de ani
    .age-26-to-64 = Între 26 și 64 de ani
    .age-65-to-74 = Între 65 și 74 de ani
    .age-75-to-84 = Între 75 și 84 de ani
    .age-85-plus = 85 de ani sau mai mult

q-lives-alone = { $perspective ->
   *[self] Locuiți fără altcineva în casă?
    [other] Locuiește { $name } fără altcineva în casă?
    [staff] Întrebați apelantul: Locuiți fără altcineva în casă?
    }

## Siguranța

q-danger-now = { $perspective ->
   *[self] Sunteți în pericol chiar acum?
    [other] Este { $name } în pericol chiar acum?
    [staff] Întrebați apelantul: Sunteți în pericol chiar acum?
    }
    .hint = { $perspective ->
       *[self] Pericolul poate veni de la altcineva, din locul în care vă aflați sau din propriile gânduri. Dacă ne spuneți, vă arătăm imediat cine vă poate ajuta.
        [other] Pericolul poate veni de la altcineva, din locul în care se află persoana sau din propriile ei gânduri. Dacă ne spuneți, vă arătăm imediat cine poate ajuta.
        [staff] Întrebați asta mai întâi, calm. Pericolul poate veni de la altcineva, din locul în care se află apelantul sau din propriile gânduri. Dacă o viață este în pericol, sunați acum la 999.
    }
    .yes = { $perspective ->
       *[self] Da, cineva mi-ar putea face rău sau locul în care mă aflu nu este sigur
        [other] Da, cineva i-ar putea face rău sau locul în care se află nu este sigur
        [staff] Da, cineva v-ar putea face rău sau locul în care vă aflați nu este sigur
    }
    .yes-myself = { $perspective ->
       *[self] Da, mi-aș putea face rău sau mi-aș putea lua viața
        [other] Da, și-ar putea face rău sau și-ar putea lua viața
        [staff] Da, v-ați putea face rău sau v-ați putea lua viața
    }
    .no = Nu
    .not-sure = Nu știu

q-self-harm = { $perspective ->
   *[self] Ați avut gânduri să vă luați viața sau să vă faceți rău?
    [other] A vorbit { $name } despre a-și lua viața sau a-și face rău?
    [staff] Întrebați apelantul: Ați avut gânduri să vă luați viața sau să vă faceți rău?
    }
    .hint = { $perspective ->
       *[self] Punem această întrebare tuturor, pentru că este importantă. Este în regulă să ne spuneți. Dacă ne spuneți, vă arătăm imediat cine vă poate ajuta.
        [other] Punem această întrebare tuturor, pentru că este importantă. Este în regulă să ne spuneți. Dacă ne spuneți, vă arătăm imediat cine poate ajuta.
        [staff] Punem această întrebare fiecărui apelant. Întrebați simplu și calm. Dacă o viață este în pericol acum, sunați la 999.
    }
    .no = Nu
    .in-the-past = Da, în trecut, dar nu acum
    .recently = Da, în ultimele câteva săptămâni
    .right-now = { $perspective ->
       *[self] Da, mă simt așa acum
        [other] Da, și mă tem că este în pericol acum
        [staff] Da, și vă simțiți așa acum
    }

q-harm-by-others = { $perspective ->
   *[self] Vă face cineva vreunul dintre aceste lucruri?
    [other] Se poartă cineva în vreunul dintre aceste feluri cu { $name }?
    [staff] Întrebați apelantul: Vă face cineva vreunul dintre aceste lucruri?
    }
    .hint = { $perspective ->
       *[self] Poate fi un partener, o rudă, un îngrijitor sau altcineva. Alegeți tot ce se potrivește.
        [other] Poate fi un partener, o rudă, un îngrijitor sau altcineva. Alegeți tot ce se potrivește.
        [staff] Poate fi un partener, o rudă, un îngrijitor sau altcineva. Citiți lista cu voce tare.
    }
    .hurting = Lovește, împinge sau rănește
    .frightening = Amenință, sperie sau controlează
    .taking-money = Ia sau controlează bani ori lucruri fără acord
    .sexual = Atinge sau face lucruri sexuale fără acord
    .neglect = Nu dă îngrijirea sau ajutorul pe care ar trebui să-l dea
    .forced-work = Obligă la muncă pentru bani puțini sau fără plată
    .none = Niciuna dintre acestea

q-scam = { $perspective ->
   *[self] În ultimul an, v-a păcălit cineva sau a încercat să vă păcălească, ca să vă ia banii?
    [other] În ultimul an, a încercat cineva să ia prin înșelăciune bani de la { $name }?
    [staff] Întrebați apelantul: În ultimul an, v-a păcălit cineva sau a încercat să vă păcălească, ca să vă ia banii?
    }
    .hint = { $perspective ->
       *[self] De exemplu, la ușă, la telefon, prin poștă sau pe internet.
        [other] De exemplu, la ușă, la telefon, prin poștă sau pe internet.
        [staff] Dați exemple: la ușă, la telefon, prin poștă sau pe internet.
    }
    .no = Nu
    .tried = { $perspective ->
       *[self] Cineva a încercat, dar nu am pierdut bani
        [other] Cineva a încercat, dar nu a pierdut bani
        [staff] Cineva a încercat, dar nu ați pierdut bani
    }
    .lost-money = { $perspective ->
       *[self] Da, am pierdut bani sau am dat datele cardului ori ale contului bancar
        [other] Da, a pierdut bani sau a dat datele cardului ori ale contului bancar
        [staff] Da, ați pierdut bani sau ați dat datele cardului ori ale contului bancar
    }
    .still-happening = Da, și încă se întâmplă

## Viața de zi cu zi

q-daily-life = { $perspective ->
   *[self] La care dintre acestea aveți greutăți sau nevoie de ajutor?
    [other] La care dintre acestea are greutăți sau nevoie de ajutor { $name }?
    [staff] Întrebați apelantul: La care dintre acestea aveți greutăți sau nevoie de ajutor?
    }
    .hint = { $perspective ->
       *[self] Alegeți tot ce se potrivește. Includeți și lucrurile pe care altcineva le face acum pentru dumneavoastră.
        [other] Alegeți tot ce se potrivește. Includeți și lucrurile pe care le faceți acum pentru această persoană, dumneavoastră sau alții.
        [staff] Citiți lista cu voce tare. Includeți și lucrurile pe care altcineva le face acum pentru apelant.
    }
    .meals = Mâncarea și băutura
    .washing = Spălatul și igiena personală
    .toilet = Folosirea toaletei
    .dressing = Îmbrăcatul
    .moving-around = Mersul prin casă în siguranță
    .housework = Păstrarea casei curate și sigure
    .relationships = Întâlnirile cu familia și prietenii
    .work-or-learning = Munca, studiile, cursurile sau voluntariatul
    .getting-out = Ieșitul din casă, de exemplu la magazin, la doctor sau cu autobuzul
    .child-care = { $perspective ->
       *[self] Îngrijirea unui copil pentru care răspundeți
        [other] Îngrijirea unui copil pentru care răspunde
        [staff] Îngrijirea unui copil pentru care răspundeți
    }
    .medicines = Luarea medicamentelor la ora potrivită
    .none = Niciuna dintre acestea

q-meals = { $perspective ->
   *[self] Mâncarea și băutura: cum vă descurcați?
    [other] Mâncarea și băutura: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Mâncarea și băutura – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la cumpărături, la gătit, la mâncat și la băut. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la cumpărături, la gătit, la mâncat și la băut. Alegeți tot ce se potrivește.
        [staff] Întrebați despre cumpărături, gătit, mâncat și băut. Alegeți tot ce se potrivește.
    }

q-washing = { $perspective ->
   *[self] Spălatul și igiena personală: cum vă descurcați?
    [other] Spălatul și igiena personală: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Spălatul și igiena personală – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la spălat, la baie sau duș, la spălatul pe dinți și la pieptănat. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la spălat, la baie sau duș, la spălatul pe dinți și la pieptănat. Alegeți tot ce se potrivește.
        [staff] Întrebați despre spălat, baie sau duș, spălatul pe dinți și pieptănat. Alegeți tot ce se potrivește.
    }

q-toilet = { $perspective ->
   *[self] Folosirea toaletei: cum vă descurcați?
    [other] Folosirea toaletei: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Folosirea toaletei – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la ajunsul la toaletă la timp și la curățenia de după. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la ajunsul la toaletă la timp și la curățenia de după. Alegeți tot ce se potrivește.
        [staff] Întrebați despre ajunsul la toaletă la timp și curățenia de după. Alegeți tot ce se potrivește.
    }

q-dressing = { $perspective ->
   *[self] Îmbrăcatul: cum vă descurcați?
    [other] Îmbrăcatul: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Îmbrăcatul – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la nasturi și fermoare, la îmbrăcarea hainelor și la alegerea hainelor potrivite pentru vreme. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la nasturi și fermoare, la îmbrăcarea hainelor și la alegerea hainelor potrivite pentru vreme. Alegeți tot ce se potrivește.
        [staff] Întrebați despre nasturi și fermoare, îmbrăcarea hainelor și alegerea hainelor potrivite pentru vreme. Alegeți tot ce se potrivește.
    }

q-moving-around = { $perspective ->
   *[self] Mersul prin casă în siguranță: cum vă descurcați?
    [other] Mersul prin casă în siguranță: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Mersul prin casă în siguranță – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la mersul dintr-o cameră în alta și la folosirea bucătăriei și a băii. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la mersul dintr-o cameră în alta și la folosirea bucătăriei și a băii. Alegeți tot ce se potrivește.
        [staff] Întrebați despre mersul dintr-o cameră în alta și folosirea bucătăriei și a băii. Alegeți tot ce se potrivește.
    }

q-housework = { $perspective ->
   *[self] Păstrarea casei curate și sigure: cum vă descurcați?
    [other] Păstrarea casei curate și sigure: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Păstrarea casei curate și sigure – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la curățenie, la spălatul hainelor, la încălzire și la plata facturilor. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la curățenie, la spălatul hainelor, la încălzire și la plata facturilor. Alegeți tot ce se potrivește.
        [staff] Întrebați despre curățenie, spălatul hainelor, încălzire și plata facturilor. Alegeți tot ce se potrivește.
    }

q-relationships = { $perspective ->
   *[self] Întâlnirile cu familia și prietenii: cum vă descurcați?
    [other] Întâlnirile cu familia și prietenii: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Întâlnirile cu familia și prietenii – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la păstrarea legăturii cu ceilalți și la prieteniile noi. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la păstrarea legăturii cu ceilalți și la prieteniile noi. Alegeți tot ce se potrivește.
        [staff] Întrebați despre păstrarea legăturii cu ceilalți și prieteniile noi. Alegeți tot ce se potrivește.
    }

q-work-or-learning = { $perspective ->
   *[self] Munca, studiile, cursurile sau voluntariatul: cum vă descurcați?
    [other] Munca, studiile, cursurile sau voluntariatul: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Munca, studiile, cursurile sau voluntariatul – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă doar la lucrurile pe care vreți să le faceți. Alegeți tot ce se potrivește.
        [other] Gândiți-vă doar la lucrurile pe care persoana vrea să le facă. Alegeți tot ce se potrivește.
        [staff] Întrebați doar despre lucrurile pe care apelantul vrea să le facă. Alegeți tot ce se potrivește.
    }

q-getting-out = { $perspective ->
   *[self] Ieșitul din casă: cum vă descurcați?
    [other] Ieșitul din casă: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Ieșitul din casă – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la magazine, la doctor, la bibliotecă, la autobuze și la taxiuri. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la magazine, la doctor, la bibliotecă, la autobuze și la taxiuri. Alegeți tot ce se potrivește.
        [staff] Întrebați despre magazine, doctor, bibliotecă, autobuze și taxiuri. Alegeți tot ce se potrivește.
    }

q-child-care = { $perspective ->
   *[self] Îngrijirea unui copil: cum vă descurcați?
    [other] Îngrijirea unui copil: cum se descurcă { $name }?
    [staff] Întrebați apelantul: Îngrijirea unui copil – cum vă descurcați?
    }
    .hint = { $perspective ->
       *[self] Gândiți-vă la dusul copilului la școală, la hrănit și la siguranța lui. Alegeți tot ce se potrivește.
        [other] Gândiți-vă la dusul copilului la școală, la hrănit și la siguranța lui. Alegeți tot ce se potrivește.
        [staff] Întrebați despre dusul copilului la școală, hrănitul lui și siguranța lui. Alegeți tot ce se potrivește.
    }

## Locuința

q-home-difficulties = { $perspective ->
   *[self] Acasă, aveți greutăți cu vreunul dintre aceste lucruri?
    [other] Acasă, are { $name } greutăți cu vreunul dintre aceste lucruri?
    [staff] Întrebați apelantul: Acasă, aveți greutăți cu vreunul dintre aceste lucruri?
    }
    .hint = { $perspective ->
       *[self] Alegeți tot ce se potrivește.
        [other] Alegeți tot ce se potrivește.
        [staff] Citiți lista cu voce tare. Alegeți tot ce se potrivește.
    }
    .stairs = Urcatul și coborâtul scărilor
    .bath-or-shower = Intratul și ieșitul din cadă sau de la duș
    .bed-or-chair = Așezatul și ridicatul din pat sau de pe scaun
    .front-door = Intratul și ieșitul din casă
    .reaching = Ajunsul la lucruri sau căratul lor dintr-o cameră în alta
    .none = Niciuna dintre acestea

q-falls = { $perspective ->
   *[self] Ați căzut în ultimul an?
    [other] A căzut { $name } în ultimul an?
    [staff] Întrebați apelantul: Ați căzut în ultimul an?
    }
    .no = Nu
    .once = Da, o dată
    .more-than-once = Da, de mai multe ori

q-hospital = { $perspective ->
   *[self] Ați stat în spital în ultimele 3 luni?
    [other] A stat { $name } în spital în ultimele 3 luni?
    [staff] Întrebați apelantul: Ați stat în spital în ultimele 3 luni?
    }
    .no = Nu
    .in-hospital-now = { $perspective ->
       *[self] Da, sunt acum în spital
        [other] Da, este acum în spital
        [staff] Da, sunteți acum în spital
    }
    .home-harder = { $perspective ->
       *[self] Da, și de când am venit acasă lucrurile de zi cu zi sunt mai grele
        [other] Da, și de când a venit acasă lucrurile de zi cu zi sunt mai grele
        [staff] Da, și de când ați venit acasă lucrurile de zi cu zi sunt mai grele
    }
    .home-managing = { $perspective ->
       *[self] Da, și mă descurc la fel de bine ca înainte
        [other] Da, și se descurcă la fel de bine ca înainte
        [staff] Da, și vă descurcați la fel de bine ca înainte
    }

q-clutter = { $perspective ->
   *[self] Este locuința dumneavoastră atât de plină de lucruri încât unele camere sunt greu de folosit?
    [other] Este locuința în care stă { $name } atât de plină de lucruri încât unele camere sunt greu de folosit?
    [staff] Întrebați apelantul: Este locuința dumneavoastră atât de plină de lucruri încât unele camere sunt greu de folosit?
    }
    .hint = { $perspective ->
       *[self] Multor oameni le este greu să arunce lucruri. Întrebăm ca să vă putem îndruma spre ajutorul potrivit.
        [other] Multor oameni le este greu să arunce lucruri. Întrebăm ca să vă putem îndruma spre ajutorul potrivit.
        [staff] Spuneți că multor oameni le este greu să arunce lucruri și că întrebăm doar ca să găsim ajutorul potrivit.
    }
    .no = Nu
    .some-rooms = Da, unele camere
    .most-rooms = Da, majoritatea camerelor

q-clutter-effects = { $perspective ->
   *[self] Din cauza asta, se întâmplă vreunul dintre aceste lucruri?
    [other] Din cauza asta, are { $name } vreuna dintre aceste probleme?
    [staff] Întrebați apelantul: Din cauza asta, se întâmplă vreunul dintre aceste lucruri?
    }
    .cannot-cook = Este greu de gătit
    .cannot-wash = Este greu de făcut baie sau duș
    .cannot-use-bed = Este greu de dormit în pat
    .blocked-exits = Ar fi greu de ieșit repede în caz de incendiu
    .pests-or-smells = Sunt gândaci, șoareci, mucegai sau mirosuri urâte
    .too-many-animals = Sunt mai multe animale decât pot fi îngrijite
    .none = Niciuna dintre acestea

## Memoria și gândirea
# Întrebările noastre, după semnele timpurii de demență descrise de NHS, puse ca în Short IQCODE.

q-memory-worry = { $perspective ->
   *[self] Vă faceți griji pentru memoria sau gândirea dumneavoastră?
    [other] Vă faceți griji că { $name } are probleme cu memoria sau gândirea?
    [staff] Întrebați apelantul: Vă faceți griji pentru memoria sau gândirea dumneavoastră?
    }
    .no = Nu
    .not-sure = Nu știu
    .yes = Da
    .diagnosed = { $perspective ->
       *[self] Un medic mi-a spus deja că am demență
        [other] Un medic i-a spus deja că are demență
        [staff] Un medic v-a spus deja că aveți demență
    }

q-memory-recent = { $perspective ->
   *[self] Față de acum 10 ani, cât de bine vă amintiți lucrurile care s-au întâmplat de curând?
    [other] Față de acum 10 ani, cât de bine își amintește { $name } lucrurile care s-au întâmplat de curând?
    [staff] Întrebați apelantul: Față de acum 10 ani, cât de bine vă amintiți lucrurile care s-au întâmplat de curând?
    }

q-memory-words = { $perspective ->
   *[self] Față de acum 10 ani, cât de bine urmăriți o conversație și găsiți cuvântul potrivit?
    [other] Față de acum 10 ani, cât de bine urmărește { $name } o conversație și găsește cuvântul potrivit?
    [staff] Întrebați apelantul: Față de acum 10 ani, cât de bine urmăriți o conversație și găsiți cuvântul potrivit?
    }

q-memory-day-date = { $perspective ->
   *[self] Față de acum 10 ani, cât de bine știți în ce zi și în ce lună suntem?
    [other] Față de acum 10 ani, cât de bine știe { $name } în ce zi și în ce lună suntem?
    [staff] Întrebați apelantul: Față de acum 10 ani, cât de bine știți în ce zi și în ce lună suntem?
    }

q-memory-money = { $perspective ->
   *[self] Față de acum 10 ani, cât de bine vă descurcați cu banii la cumpărături?
    [other] Față de acum 10 ani, cât de bine se descurcă { $name } cu banii la cumpărături?
    [staff] Întrebați apelantul: Față de acum 10 ani, cât de bine vă descurcați cu banii la cumpărături?
    }
    .hint = { $perspective ->
       *[self] De exemplu, plata sumei corecte și verificarea restului.
        [other] De exemplu, plata sumei corecte și verificarea restului.
        [staff] Dați un exemplu: plata sumei corecte și verificarea restului.
    }

## Starea sufletească

q-low-mood = { $perspective ->
   *[self] În ultima lună, cât de des ați simțit tristețe, apăsare sau lipsă de speranță?
    [other] În ultima lună, cât de des a părut că { $name } simte tristețe, apăsare sau lipsă de speranță?
    [staff] Întrebați apelantul: În ultima lună, cât de des ați simțit tristețe, apăsare sau lipsă de speranță?
    }

q-worry = { $perspective ->
   *[self] În ultima lună, cât de des v-au îngreunat grijile viața de zi cu zi?
    [other] În ultima lună, cât de des a avut { $name } griji care i-au îngreunat viața de zi cu zi?
    [staff] Întrebați apelantul: În ultima lună, cât de des v-au îngreunat grijile viața de zi cu zi?
    }

q-bereaved = { $perspective ->
   *[self] În ultimul an, a murit cineva apropiat de dumneavoastră?
    [other] În ultimul an, a murit cineva apropiat de { $name }?
    [staff] Întrebați apelantul: În ultimul an, a murit cineva apropiat de dumneavoastră?
    }
    .yes = Da
    .no = Nu

## Grija pentru altcineva
# Când răspunde o rudă (other), aceste întrebări sunt despre rudă, nu despre $name.

q-is-carer = { $perspective ->
   *[self] Aveți grijă de cineva care nu s-ar descurca fără ajutorul dumneavoastră?
    [other] Este ajutorul dumneavoastră atât de important încât fără el { $name } nu s-ar descurca?
    [staff] Întrebați apelantul: Aveți grijă de cineva care nu s-ar descurca fără ajutorul dumneavoastră?
    }
    .hint = { $perspective ->
       *[self] De exemplu, un partener, un părinte, un copil sau un prieten. Contați ca îngrijitor chiar dacă sunteți din familie și nu primiți bani.
        [other] Următoarele întrebări sunt despre dumneavoastră. Contați ca îngrijitor chiar dacă sunteți din familie și nu primiți bani.
        [staff] De exemplu, un partener, un părinte, un copil sau un prieten. Apelantul contează ca îngrijitor chiar dacă este din familie și nu primește bani.
    }

q-cared-for = { $perspective ->
   *[self] De cine aveți grijă?
    [other] De cine aveți grijă? Includeți și răspunsul pentru { $name }.
    [staff] Întrebați apelantul: De cine aveți grijă?
    }
    .partner = { $perspective ->
       *[self] Soțul, soția sau partenerul de viață
        [other] Soțul, soția sau partenerul de viață
        [staff] Soțul, soția sau partenerul de viață
    }
    .parent = { $perspective ->
       *[self] Mama sau tata
        [other] Mama sau tata
        [staff] Mama sau tata
    }
    .son-or-daughter = { $perspective ->
       *[self] Fiul sau fiica
        [other] Fiul sau fiica
        [staff] Fiul sau fiica
    }
    .other-relative = O altă rudă
    .friend-or-neighbour = Un prieten sau un vecin

q-caring-hours = { $perspective ->
   *[self] Câte ore pe săptămână vă ocupați de îngrijirea cuiva?
    [other] Câte ore pe săptămână vă ocupați de îngrijirea cuiva?
    [staff] Întrebați apelantul: Câte ore pe săptămână vă ocupați de îngrijirea cuiva?
    }
    .hint = { $perspective ->
       *[self] Numărați toate persoanele de care aveți grijă. Includeți și timpul de noapte.
        [other] Numărați toate persoanele de care aveți grijă. Includeți și timpul de noapte.
        [staff] Rugați apelantul să numere toate persoanele de care are grijă și să includă și timpul de noapte.
    }
    .under-20 = Mai puțin de 20 de ore
    .from-20-to-34 = Între 20 și 34 de ore
    .from-35-to-49 = Între 35 și 49 de ore
    .from-50 = 50 de ore sau mai mult

q-carer-health = { $perspective ->
   *[self] Grija pentru altcineva vă înrăutățește sănătatea sau o pune în pericol?
    [other] Grija pentru altcineva vă înrăutățește sănătatea sau o pune în pericol?
    [staff] Întrebați apelantul: Grija pentru altcineva vă înrăutățește sănătatea sau o pune în pericol?
    }
    .hint = { $perspective ->
       *[self] Este vorba de sănătatea corpului sau a minții.
        [other] Este vorba de sănătatea corpului sau a minții.
        [staff] Este vorba de sănătatea corpului sau a minții apelantului.
    }

q-carer-life = { $perspective ->
   *[self] Pentru că aveți grijă de cineva, cu care dintre acestea aveți greutăți?
    [other] Pentru că aveți grijă de cineva, cu care dintre acestea aveți greutăți?
    [staff] Întrebați apelantul: Pentru că aveți grijă de cineva, cu care dintre acestea aveți greutăți?
    }
    .hint = { $perspective ->
       *[self] Alegeți lucrurile pe care nu le puteți face sau le puteți face doar cu mult stres. Alegeți tot ce se potrivește.
        [other] Alegeți lucrurile pe care nu le puteți face sau le puteți face doar cu mult stres. Alegeți tot ce se potrivește.
        [staff] Citiți lista cu voce tare. Alegeți lucrurile pe care apelantul nu le poate face sau le poate face doar cu mult stres.
    }
    .sleep = Să dormiți destul
    .eat-well = Să mâncați sănătos
    .look-after-home = Să aveți grijă de propria casă
    .care-for-others = Să aveți grijă de copii sau de alte persoane
    .family-and-friends = Să vă întâlniți cu familia și prietenii
    .work-or-study = Să munciți, să studiați sau să faceți voluntariat
    .get-out = Să ieșiți din casă, de exemplu la magazin sau la doctor
    .time-for-yourself = Să aveți timp pentru dumneavoastră, de exemplu pentru hobby-uri sau odihnă
    .none = Niciuna dintre acestea

q-carer-coping = { $perspective ->
   *[self] Cum vă descurcați cu grija pentru altcineva?
    [other] Cum vă descurcați cu grija pentru { $name }?
    [staff] Întrebați apelantul: Cum vă descurcați cu grija pentru altcineva?
    }
    .well = { $perspective ->
       *[self] Mă descurc bine
        [other] Mă descurc bine
        [staff] Vă descurcați bine
    }
    .some-days = { $perspective ->
       *[self] În unele zile mă descurc, în altele nu
        [other] În unele zile mă descurc, în altele nu
        [staff] În unele zile vă descurcați, în altele nu
    }
    .not-coping = { $perspective ->
       *[self] Nu mă descurc
        [other] Nu mă descurc
        [staff] Nu vă descurcați
    }
    .may-stop = { $perspective ->
       *[self] S-ar putea să nu mai pot continua
        [other] S-ar putea să nu mai pot continua
        [staff] S-ar putea să nu mai puteți continua
    }

q-carer-backup = { $perspective ->
   *[self] Dacă v-ați îmbolnăvi sau ați avea o urgență, ar putea cineva să vă țină locul?
    [other] Dacă v-ați îmbolnăvi sau ați avea o urgență, ar putea cineva să vă țină locul?
    [staff] Întrebați apelantul: Dacă v-ați îmbolnăvi sau ați avea o urgență, ar putea cineva să vă țină locul?
    }

## Ajutorul primit

q-help-now = { $perspective ->
   *[self] Cine vă ajută acum?
    [other] De la cine primește acum ajutor { $name }?
    [staff] Întrebați apelantul: Cine vă ajută acum?
    }
    .family-or-friends = Familia, prietenii sau vecinii, fără plată
    .care-agency = Îngrijitori de la o agenție de îngrijire
    .paid-carers = { $perspective ->
       *[self] Îngrijitori sau un asistent personal pe care îi plătesc din banii mei
        [other] Îngrijitori sau un asistent personal pe care îi plătește din banii proprii
        [staff] Îngrijitori sau un asistent personal pe care îi plătiți din banii dumneavoastră
    }
    .council-arranged = Ajutor organizat de consiliul local
    .direct-payment = { $perspective ->
       *[self] Primesc o plată directă (direct payment) ca să-mi organizez ajutorul
        [other] Primește o plată directă (direct payment) ca să-și organizeze ajutorul
        [staff] Primiți o plată directă (direct payment) ca să vă organizați ajutorul
    }
    .none = Nu ajută nimeni

q-more-control = { $perspective ->
   *[self] V-ați dori vreunul dintre aceste lucruri?
    [other] Și-ar dori { $name } vreunul dintre aceste lucruri?
    [staff] Întrebați apelantul: V-ați dori vreunul dintre aceste lucruri?
    }
    .hint = { $perspective ->
       *[self] O plată directă (direct payment) înseamnă bani de la consiliul local, cu care vă organizați propriul ajutor. Alegeți tot ce se potrivește.
        [other] O plată directă (direct payment) înseamnă bani de la consiliul local, cu care persoana își organizează propriul ajutor. Alegeți tot ce se potrivește.
        [staff] Explicați: o plată directă (direct payment) înseamnă bani de la consiliul local, cu care persoana își organizează propriul ajutor. Citiți lista cu voce tare.
    }
    .choose-who = { $perspective ->
       *[self] Alegerea persoanei care ajută, de exemplu un asistent personal propriu
        [other] Alegerea persoanei care ajută, de exemplu un asistent personal propriu
        [staff] Alegerea persoanei care ajută, de exemplu un asistent personal propriu
    }
    .choose-when = Alegerea orei la care vine ajutorul
    .own-budget = { $perspective ->
       *[self] O plată directă și organizarea propriului ajutor
        [other] O plată directă și organizarea propriului ajutor
        [staff] O plată directă și organizarea propriului ajutor
    }
    .none = Niciuna dintre acestea

## Oameni și bani

q-lonely = { $perspective ->
   *[self] Cât de des simțiți singurătatea?
    [other] Cât de des pare că { $name } simte singurătatea?
    [staff] Întrebați apelantul: Cât de des simțiți singurătatea?
    }

q-community-interests = { $perspective ->
   *[self] Ați vrea ajutor cu vreunul dintre aceste lucruri?
    [other] Ar vrea { $name } să primească ajutor cu vreunul dintre aceste lucruri?
    [staff] Întrebați apelantul: Ați vrea ajutor cu vreunul dintre aceste lucruri?
    }
    .meeting-people = Cunoașterea unor oameni noi
    .someone-to-talk-to = Cineva care să vină în vizită sau să sune pentru o discuție
    .activities = Găsirea unor grupuri, cluburi sau activități
    .volunteering = Găsirea unui loc de voluntariat
    .none = Niciuna dintre acestea

q-money-worries = { $perspective ->
   *[self] Vă faceți griji pentru vreunul dintre aceste lucruri?
    [other] Există griji pentru { $name } legate de vreunul dintre aceste lucruri?
    [staff] Întrebați apelantul: Vă faceți griji pentru vreunul dintre aceste lucruri?
    }
    .hint = { $perspective ->
       *[self] Alegeți tot ce se potrivește.
        [other] Pot fi grijile dumneavoastră sau ale persoanei. Alegeți tot ce se potrivește.
        [staff] Citiți lista cu voce tare. Alegeți tot ce se potrivește.
    }
    .bills = Plata facturilor, a chiriei sau a mâncării
    .debt = Datoriile
    .benefits = { $perspective ->
       *[self] Primirea tuturor ajutoarelor sociale (benefits) cuvenite
        [other] Primirea tuturor ajutoarelor sociale (benefits) cuvenite
        [staff] Primirea tuturor ajutoarelor sociale (benefits) cuvenite
    }
    .paying-for-care = Plata îngrijirii
    .none = Niciuna dintre acestea

## Altceva

q-anything-else = { $perspective ->
   *[self] Mai vreți să ne spuneți ceva?
    [other] Mai vreți să ne spuneți ceva despre { $name }?
    [staff] Întrebați apelantul: Mai vreți să ne spuneți ceva?
    }
    .hint = { $perspective ->
       *[self] Nu este obligatoriu să scrieți ceva. Nu scrieți date bancare sau parole.
        [other] Nu este obligatoriu să scrieți ceva. Nu scrieți date bancare sau parole.
        [staff] Scrieți ce vrea apelantul să știm. Nu scrieți date bancare sau parole.
    }
