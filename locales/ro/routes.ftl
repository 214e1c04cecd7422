# Rutele de ajutor, serviciile din spatele lor și propozițiile „de ce vă recomandăm asta”.
#
# Motivele, rezumatele rutelor și „ce urmează” primesc $perspective ("self", "other", "staff")
# și $name, ca întrebările. Când răspunde o rudă (other), motivele despre îngrijire sunt despre
# rudă, deci spun „dumneavoastră”.
# Un motiv repetă doar ce s-a spus, la fel de puternic și despre aceeași persoană:
# „nu știu” nu înseamnă niciodată „da”, iar „acum” nu înseamnă niciodată „de curând”.
# Nu spunem niciodată că cineva „nu este eligibil”.

## Rute: titlul, apoi .short (un rând sub titlu, pe pagina de rezultate), .summary și .next (ce urmează)

route-urgent-safety = Ajutor ca să fiți în siguranță acum
    .short = { $perspective ->
       *[self] Dacă sunteți în pericol acum, sunați la 999. Dacă cineva vă face rău, spuneți-ne.
        [other] Dacă { $name } este în pericol acum, sunați la 999. Dacă cineva îi face rău, spuneți-ne.
        [staff] Dacă apelantul este în pericol acum, sunați la 999, apoi urmați procedura de protecție (safeguarding).
    }
    .summary = { $perspective ->
       *[self] Dacă sunteți în pericol chiar acum, sunați la 999. Dacă cineva vă face rău, vă sperie sau vă ia banii, ne puteți spune. Vă ascultăm și vă ajutăm să fiți în siguranță. Nu este vina dumneavoastră.
        [other] Dacă { $name } este în pericol chiar acum, sunați la 999. Dacă cineva se poartă rău cu { $name } (îi face rău, îi provoacă frică sau îi ia bani), spuneți-ne. Vă ascultăm și ajutăm ca această persoană să fie în siguranță. Nu este vina ei.
        [staff] Dacă apelantul este în pericol chiar acum, sunați la 999. Dacă cineva îi face rău, îi provoacă frică sau îi ia bani, urmați procedura de protecție (safeguarding). Spuneți-i că nu este vina sa.
    }
    .next = { $perspective ->
       *[self] Dacă sunați la 999, vine poliția sau ambulanța. Dacă sunați la Adult Social Care Direct și este urgent, încercăm să vă contactăm în 2 ore. După aceea puteți continua cu întrebările.
        [other] Dacă sunați la 999, vine poliția sau ambulanța. Dacă sunați la Adult Social Care Direct și este urgent, încercăm să vă contactăm în 2 ore. După aceea puteți continua cu întrebările.
        [staff] Semnalați acum o suspiciune de abuz sau neglijare (safeguarding concern). Când este urgent, Adult Social Care Direct încearcă să ia legătura în 2 ore.
    }

route-mental-health-crisis = Ajutor acum, când vă este foarte greu
    .short = Sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală, zi și noapte.
    .summary = { $perspective ->
       *[self] Nu trebuie să treceți prin asta fără ajutor. Sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală, zi și noapte. Sau sunați gratuit la Samaritans, la 116 123. Dacă viața dumneavoastră este în pericol acum, sunați la 999.
        [other] Nu trebuie să treceți prin asta fără ajutor, nici dumneavoastră, nici persoana pe care o ajutați. Sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală, zi și noapte. Samaritans ascultă, gratuit, la 116 123. Dacă o viață este în pericol acum, sunați la 999.
        [staff] Păstrați-vă calmul și rămâneți la telefon cu apelantul. Dați-i numărul NHS 111, cu opțiunea pentru sănătate mintală, zi și noapte, și numărul Samaritans, gratuit, 116 123. Dacă o viață este în pericol acum, sunați la 999.
    }
    .next = O persoană pregătită pentru asta va asculta și va ajuta la alegerea pașilor următori. Poate cere unei echipe de sănătate mintală să ofere ajutor acasă.

route-needs-assessment = Cereți o evaluare a nevoilor de îngrijire și sprijin
    .short = O discuție gratuită cu Adult Social Care despre ce este greu și ce ar ajuta.
    .summary = Evaluarea este o discuție cu Adult Social Care (serviciul de asistență socială pentru adulți) despre ce vă este greu și ce v-ar ajuta. Este gratuită. Oricine ar putea avea nevoie de ajutor o poate cere, indiferent câți bani are.
    .next = Sunați la Adult Social Care Direct sau completați online autoevaluarea. Încercăm să vă contactăm în 2 zile lucrătoare, sau în 2 ore dacă este urgent. Dacă este nevoie de o evaluare, încercăm să venim în vizită în 6 săptămâni, sau în 24 de ore dacă este urgent.

route-carers-support = Ajutor pentru îngrijitori
    .short = Sfaturi, pauze de la îngrijire și o evaluare pentru îngrijitori, pentru cei care au grijă de cineva.
    .summary = Oricine are grijă de cineva fără să primească bani pentru asta poate cere o evaluare pentru îngrijitori (carer's assessment), chiar dacă persoana de care are grijă nu primește ajutor de la noi. Carers Trust Heart of England oferă îngrijitorilor sfaturi, pe cineva care să-i asculte și pauze de la îngrijire.
    .next = Sunați la Carers Trust Heart of England sau la Adult Social Care Direct. Evaluarea pentru îngrijitori arată ce ajutor i-ar folosi îngrijitorului. Îngrijitorii pot face și un plan pentru cazul în care se îmbolnăvesc brusc.

route-memory-dementia = Ajutor când vă faceți griji pentru memorie
    .short = O verificare a memoriei la medicul de familie (GP) și ajutor de la Dementia Hub chiar acum.
    .summary = Problemele de memorie au multe cauze, iar unele se pot trata. Vorbiți cu medicul de familie (GP) despre o verificare a memoriei. Coventry Dementia Hub vă poate ajuta chiar acum, cu sau fără diagnostic.
    .next = Medicul de familie poate face câteva verificări simple și poate trimite la o clinică a memoriei (memory clinic). Dementia Hub are sfaturi, o cafenea și activități pentru oameni și familiile lor.

route-reablement = Ajutor pe termen scurt după spital
    .short = Ajutor pe termen scurt acasă, ca să vă descurcați din nou pe cont propriu după o perioadă în spital sau după o boală.
    .summary = Ajutorul pe termen scurt acasă îi poate ajuta pe oameni să se descurce din nou pe cont propriu după o perioadă în spital sau după o boală. În Coventry, acest ajutor se numește Promoting Independence.
    .next = Înainte de externare, întrebați despre asta personalul secției. După întoarcerea acasă, sunați la Adult Social Care Direct. Acest ajutor este gratuit timp de până la 6 săptămâni.

route-equipment-adaptations = Echipamente sau schimbări în locuință
    .short = Echipamente și mici schimbări care fac lucrurile de zi cu zi mai sigure și mai ușoare.
    .summary = Echipamentele și micile schimbări pot face lucrurile de zi cu zi mai sigure și mai ușoare, de exemplu bare de sprijin, un scaun pentru duș sau ustensile de bucătărie mai ușor de ținut în mână. Un terapeut ocupațional poate vedea ce ar ajuta. Telecare poate chema ajutor după o cădere.
    .next = Sunați la Adult Social Care Direct. Ei pot cere unui terapeut ocupațional să vorbească cu dumneavoastră sau să vină în vizită. Unele echipamente vin de la serviciul de echipamente OPAL.

route-direct-payments = Alegeți și organizați-vă propriul ajutor
    .short = Bani de la consiliul local ca să organizați ajutorul așa cum alegeți.
    .summary = O plată directă (direct payment) înseamnă bani de la consiliul local pentru a organiza ajutorul pe cont propriu, în locul ajutorului organizat de consiliu. Mulți oameni o folosesc ca să angajeze un asistent personal ales de ei, la orele care le convin.
    .next = Plata directă vine după o evaluare a nevoilor de îngrijire și sprijin sau după o evaluare pentru îngrijitori; dacă ajutorul este deja organizat, cereți în schimb o reevaluare (review). Sunați la Adult Social Care Direct ca să întrebați. Penderels Trust poate ajuta la gestionarea plății directe și la angajarea unui asistent personal.

route-work-and-learning = Ajutor pentru muncă, studii sau voluntariat
    .short = Ajutor ca să găsiți sau să păstrați un loc de muncă, să studiați sau să faceți voluntariat.
    .summary = Persoanele cu dizabilități și cele cu probleme de sănătate pot primi ajutor ca să-și găsească sau să-și păstreze un loc de muncă, să studieze sau să facă voluntariat. Access to Work poate plăti sprijin la locul de muncă, de exemplu echipamente sau o persoană de sprijin (support worker).
    .next = Întrebați la Adult Social Care Direct despre angajarea asistată (supported employment) și despre ajutor la colegiu (college). Pentru Access to Work, faceți cererea pe site-ul GOV.UK.

route-mood-support = Ajutor pentru tristețe, griji sau stres
    .short = Terapiile prin discuție pot ajuta în caz de tristețe, griji și stres. Adulții se pot adresa direct.
    .summary = Terapiile prin discuție (talking therapies) pot ajuta în caz de tristețe, griji și stres. În Anglia, adulții se pot adresa direct serviciului NHS Talking Therapies, fără să meargă la medicul de familie. Și medicul de familie (GP) poate ajuta.
    .next = Căutați serviciul NHS Talking Therapies din zona dumneavoastră pe site-ul NHS și completați formularul, sau vorbiți cu medicul de familie. Nu este un serviciu pentru crize: dacă o viață este în pericol, sunați la 999.

route-bereavement = Sprijin în perioada de doliu
    .short = Sprijin gratuit pentru oricine trece printr-un doliu.
    .summary = Doliul poate fi foarte greu și poate afecta somnul, sănătatea și viața de zi cu zi. Cruse Bereavement Support oferă ajutor gratuit oricui trece printr-un doliu.
    .next = Sunați gratuit la linia de ajutor Cruse, la 0808 808 1677, sau căutați pe site-ul lor sprijin în zona dumneavoastră.

route-community-wellbeing = Cunoașteți oameni și găsiți activități
    .short = Grupuri, cluburi și vizite sau telefoane prietenoase, pentru mai puțină singurătate.
    .summary = Grupurile, cluburile, voluntariatul și vizitele prietenoase îi pot ajuta pe oameni să simtă mai puțin singurătatea. Age UK Coventry oferă vizite și telefoane pentru o discuție.
    .next = Întrebați la Adult Social Care Direct despre Age UK Coventry și despre grupurile din apropiere.

route-home-environment = Ajutor pentru o locuință greu de ținut în ordine
    .short = Ajutor la eliberarea și curățarea locuinței, în ritmul care vă convine. Nu judecă nimeni.
    .summary = Multor oameni le este greu să arunce lucruri sau să țină casa în ordine. Nu judecă nimeni. Enabling Spaces îi ajută pe oameni să-și elibereze și să-și curețe locuința, în ritmul lor.
    .next = Rugați Adult Social Care Direct să ia legătura cu Enabling Spaces. Dacă sunt mai multe animale decât pot fi îngrijite, poate ajuta RSPCA.

route-money-advice = Sfaturi despre bani, ajutoare sociale și înșelătorii
    .short = Sfaturi gratuite despre facturi, datorii, ajutoare sociale și înșelătorii.
    .summary = Sfaturile gratuite vă pot ajuta cu facturile, datoriile și ajutoarele sociale (benefits), inclusiv cele pentru îngrijitori. Vă pot ajuta și după o înșelătorie.
    .next = Citizens Advice oferă sfaturi gratuite și confidențiale. Adult Social Care Direct poate explica cum se plătește îngrijirea. Dacă s-au pierdut bani într-o înșelătorie, anunțați imediat banca.

route-talk-in-confidence = Vorbiți confidențial cu cineva
    .short = Dacă vreți vreodată să vorbiți despre ceva din toate acestea, puteți, în mod confidențial.
    .summary = La unele întrebări este greu de răspuns, iar răspunsul nu a fost obligatoriu. Dacă vreți vreodată să vorbiți despre ceva din toate acestea, puteți, în mod confidențial.
    .next = Sunați la Adult Social Care Direct în timpul programului sau la Samaritans oricând, zi și noapte, gratuit, la 116 123.

route-general-advice = Vorbiți cu Adult Social Care
    .short = Puteți vorbi cu noi despre orice și puteți cere o evaluare.
    .summary = Răspunsurile nu au dus la un singur serviciu. Puteți totuși să vorbiți cu noi despre orice. Oricine poate cere o evaluare a nevoilor de îngrijire și sprijin sau o evaluare pentru îngrijitori.
    .next = Sunați la Adult Social Care Direct. Vă ascultăm și vă îndrumăm spre ajutorul potrivit. Dacă se schimbă ceva, puteți reveni și răspunde din nou la întrebări.

## Servicii: numele, apoi .description și, la unele, .hours

# Un serviciu fără date de contact proprii: pe cine să întrebați în schimb (urmează numărul lui de telefon).
# $service: numele serviciului întrebat.
service-ask-instead = Întrebați despre asta la { $service }

service-asc-direct = Adult Social Care Direct, Coventry City Council
    .description = Cereți o evaluare, o evaluare pentru îngrijitori sau echipamente. Spuneți-ne dacă vă temeți că cineva este abuzat sau neglijat.

service-emergency-999 = Servicii de urgență (999)
    .description = Sunați la 999 dacă o viață este în pericol sau dacă are loc o infracțiune chiar acum. Puteți suna și de pe un telefon mobil blocat.
    .hours = Oricând, zi și noapte

service-police-101 = Poliția, când nu este o urgență (101)
    .description = Anunțați o infracțiune, o înșelătorie sau o grijă legată de siguranța cuiva, când nimeni nu este în pericol chiar acum.
    .hours = Oricând, zi și noapte

service-nhs-111-mental-health = NHS 111, opțiunea pentru sănătate mintală
    .description = Sunați la 111 și alegeți opțiunea pentru sănătate mintală, ca să vorbiți cu un specialist în sănătate mintală. Este gratuit.
    .hours = Oricând, zi și noapte

service-samaritans = Samaritans
    .description = Vorbiți cu cineva care vă ascultă, despre orice. Este gratuit, iar apelul nu apare pe factura de telefon.
    .hours = Oricând, zi și noapte

service-domestic-abuse-helpline = National Domestic Abuse Helpline
    .description = Ajutor gratuit și confidențial pentru oricine trăiește cu violență domestică din partea unui partener, a unui fost partener sau a unui membru al familiei. Pe site puteți cere să vă sune înapoi la o oră sigură.
    .hours = Oricând, zi și noapte

service-hourglass = Hourglass
    .description = O linie de ajutor gratuită pentru persoanele în vârstă care sunt abuzate sau neglijate și pentru oricine își face griji pentru o persoană în vârstă.

service-sicol-crisis-plus = Ajutor în Coventry pentru crize de sănătate mintală (SICol și Crisis Plus)
    .description = Sprijin practic și frecvent, ca să treceți peste o criză de sănătate mintală și să rămâneți acasă. Întrebați despre el la NHS 111 sau la o echipă de sănătate mintală.

service-carers-trust = Carers Trust Heart of England
    .description = Sfaturi, cineva care să vă asculte, grupuri și pauze pentru îngrijitorii din Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Sfaturi, activități și Forget Me Not Café, pentru persoanele cu probleme de memorie sau cu demență și pentru familiile lor.

service-your-gp = Cabinetul medicului de familie (GP)
    .description = Medicul de familie poate verifica memoria, starea sufletească și sănătatea și, dacă e nevoie, poate trimite la o clinică a memoriei sau la alt ajutor.

service-promoting-independence = Promoting Independence
    .description = Ajutor pe termen scurt acasă, de la Coventry City Council, ca să vă descurcați din nou pe cont propriu. Cereți-l prin Adult Social Care Direct.

service-occupational-therapy = Terapie ocupațională și echipamente OPAL
    .description = Un terapeut ocupațional vede ce este greu acasă și ce ar ajuta, de exemplu echipamente sau schimbări în locuință. Cereți prin Adult Social Care Direct.

service-telecare = Telecare
    .description = Alarme și senzori care cheamă ajutor dacă cădeți sau aveți nevoie de ajutor acasă. Cereți-le prin Adult Social Care Direct.

service-penderels-trust = Penderels Trust
    .description = Ajutor pentru gestionarea unei plăți directe și pentru angajarea unui asistent personal.

service-age-uk-coventry = Age UK Coventry
    .description = Vizite prietenoase, telefoane și companie pentru persoanele în vârstă.

service-enabling-spaces = Enabling Spaces
    .description = Ajutor ca să eliberați, să curățați și să țineți în ordine o locuință, în ritmul dumneavoastră.

service-rspca = RSPCA
    .description = Ajutor când într-o casă sunt mai multe animale decât pot fi îngrijite.

service-supported-employment = Angajare asistată și sprijin la colegiu
    .description = Ajutor pentru adulții cu dizabilități, ca să găsească și să păstreze un loc de muncă, să studieze la colegiu sau să facă voluntariat.

service-access-to-work = Access to Work
    .description = Un grant de la stat care poate plăti ajutorul la locul de muncă, de exemplu echipamente speciale, o persoană de sprijin sau taxiul până la serviciu.

service-nhs-talking-therapies = NHS Talking Therapies
    .description = Terapii prin discuție gratuite pentru adulții cu tristețe, griji sau stres. Vă puteți adresa direct, fără trimitere de la medicul de familie. Nu este un serviciu pentru crize.

service-cruse = Cruse Bereavement Support
    .description = Sprijin gratuit pentru oricine trece printr-un doliu după moartea cuiva.

service-citizens-advice = Citizens Advice
    .description = Sfaturi gratuite și confidențiale despre bani, datorii, ajutoare sociale și înșelătorii.

## Motive: o propoziție „de ce vă recomandăm asta” pentru fiecare regulă

reason-fallback = { $perspective ->
   *[self] Răspunsurile nu au dus la un singur serviciu, dar puteți vorbi oricând cu noi.
    [other] Răspunsurile nu au dus la un singur serviciu, dar puteți vorbi oricând cu noi.
    [staff] Răspunsurile nu au dus la un singur serviciu. Oferiți sfaturi generale și o evaluare, dacă apelantul dorește.
    }

reason-danger-now = { $perspective ->
   *[self] Ne-ați spus că, chiar acum, cineva v-ar putea face rău sau locul în care vă aflați nu este sigur.
    [other] Ne-ați spus că, chiar acum, { $name } este în pericol din cauza cuiva sau se află într-un loc care nu este sigur.
    [staff] Apelantul a spus că, chiar acum, cineva i-ar putea face rău sau locul în care se află nu este sigur.
    }

reason-danger-to-self = { $perspective ->
   *[self] Ne-ați spus că, chiar acum, v-ați putea face rău sau v-ați putea lua viața.
    [other] Ne-ați spus că, chiar acum, { $name } și-ar putea face rău sau și-ar putea lua viața.
    [staff] Apelantul a spus că, chiar acum, și-ar putea face rău sau și-ar putea lua viața.
    }

reason-danger-not-sure = { $perspective ->
   *[self] Ați răspuns că nu știți dacă sunteți în siguranță acum.
    [other] Ați răspuns că nu știți dacă { $name } este în siguranță acum.
    [staff] Apelantul a răspuns că nu știe dacă este în siguranță acum.
    }

reason-harm-by-others = { $perspective ->
   *[self] Ne-ați spus că cineva vă face rău în unul sau mai multe dintre felurile despre care am întrebat. Acesta este abuz și nu este vina dumneavoastră.
    [other] Ne-ați spus că cineva se poartă rău cu { $name } în unul sau mai multe dintre felurile despre care am întrebat. Acesta este abuz.
    [staff] Apelantul a spus că cineva îi face rău în unul sau mai multe dintre felurile despre care s-a întrebat. Poate fi abuz: urmați procedura de protecție (safeguarding).
    }

reason-scam-loss = { $perspective ->
   *[self] Ne-ați spus că ați pierdut bani din cauza cuiva care v-a păcălit, sau că încă se întâmplă.
    [other] Ne-ați spus că { $name } a pierdut bani într-o înșelătorie, sau că încă se întâmplă.
    [staff] Apelantul a spus că a pierdut bani într-o înșelătorie, sau că încă se întâmplă.
    }

reason-self-harm-right-now = { $perspective ->
   *[self] Ne-ați spus că acum aveți gânduri să vă luați viața sau să vă faceți rău.
    [other] Ne-ați spus că vă temeți că { $name } este acum în pericol să își ia viața sau să își facă rău.
    [staff] Apelantul a spus că acum are gânduri să își ia viața sau să își facă rău.
    }

reason-self-harm-recently = { $perspective ->
   *[self] Ne-ați spus că în ultimele câteva săptămâni ați avut gânduri să vă luați viața sau să vă faceți rău.
    [other] Ne-ați spus că în ultimele câteva săptămâni { $name } a vorbit despre a-și lua viața sau a-și face rău.
    [staff] Apelantul a spus că în ultimele câteva săptămâni a avut gânduri să își ia viața sau să își facă rău.
    }

reason-self-harm-past = { $perspective ->
   *[self] Ne-ați spus că în trecut, dar nu acum, ați avut gânduri să vă luați viața sau să vă faceți rău. Dacă revin, există ajutor zi și noapte.
    [other] Ne-ați spus că în trecut, dar nu acum, { $name } a vorbit despre a-și lua viața sau a-și face rău. Dacă asta revine, există ajutor zi și noapte.
    [staff] Apelantul a spus că în trecut, dar nu acum, a avut gânduri să își ia viața sau să își facă rău.
    }

reason-outcomes-two-or-more = { $perspective ->
   *[self] Ne-ați spus că aveți greutăți sau nevoie de ajutor la două sau mai multe lucruri de zi cu zi. O evaluare vă va ajuta probabil.
    [other] Ne-ați spus că { $name } are greutăți sau nevoie de ajutor la două sau mai multe lucruri de zi cu zi. O evaluare va ajuta probabil.
    [staff] Apelantul a spus că are greutăți sau nevoie de ajutor la două sau mai multe lucruri de zi cu zi. Oferiți o evaluare a nevoilor.
    }

reason-outcome-any = { $perspective ->
   *[self] Ne-ați spus că aveți greutăți sau nevoie de ajutor la ceva din viața de zi cu zi.
    [other] Ne-ați spus că { $name } are greutăți sau nevoie de ajutor la ceva din viața de zi cu zi.
    [staff] Apelantul a spus că are greutăți sau nevoie de ajutor la ceva din viața de zi cu zi.
    }

reason-alone-without-help = { $perspective ->
   *[self] Ne-ați spus că locuiți fără altcineva în casă, că acum nu vă ajută nimeni și că ceva din viața de zi cu zi vă este greu.
    [other] Ne-ați spus că { $name } locuiește fără altcineva în casă, că acum nu primește ajutor de la nimeni și că are greutăți la ceva din viața de zi cu zi.
    [staff] Apelantul locuiește fără altcineva în casă, acum nu primește ajutor de la nimeni și are greutăți la ceva din viața de zi cu zi.
    }

reason-medicines = { $perspective ->
   *[self] Ne-ați spus că aveți greutăți sau nevoie de ajutor la luarea medicamentelor la ora potrivită.
    [other] Ne-ați spus că { $name } are greutăți sau nevoie de ajutor la luarea medicamentelor la ora potrivită.
    [staff] Apelantul a spus că are greutăți sau nevoie de ajutor la luarea medicamentelor la ora potrivită.
    }

reason-alone-food-or-medicines = { $perspective ->
   *[self] Ne-ați spus că locuiți fără altcineva în casă și că aveți greutăți sau nevoie de ajutor la luarea medicamentelor ori la mâncare și băutură.
    [other] Ne-ați spus că { $name } locuiește fără altcineva în casă și are greutăți sau nevoie de ajutor la luarea medicamentelor ori la mâncare și băutură.
    [staff] Apelantul locuiește fără altcineva în casă și are greutăți sau nevoie de ajutor la luarea medicamentelor ori la mâncare și băutură. Întrebați despre mese și medicamente sărite.
    }

reason-carer-cared-for = { $perspective ->
   *[self] Ne-ați spus că aveți grijă de cineva. Și persoana de care aveți grijă poate avea propria evaluare a nevoilor de îngrijire și sprijin.
    [other] Ne-ați spus că ajutorul dumneavoastră este atât de important încât fără el { $name } nu s-ar descurca. Și această persoană poate avea propria evaluare a nevoilor de îngrijire și sprijin.
    [staff] Apelantul are grijă de cineva. Oferiți o evaluare a nevoilor pentru persoana de care are grijă.
    }

reason-carer-may-stop = { $perspective ->
   *[self] Ne-ați spus că s-ar putea să nu mai puteți avea grijă de cineva. Persoana de care aveți grijă ar putea avea nevoie de alt ajutor.
    [other] Ne-ați spus că s-ar putea să nu mai puteți avea grijă de { $name }, care ar putea avea nevoie de alt ajutor.
    [staff] S-ar putea ca apelantul să nu mai poată avea grijă de cineva. Persoana de care are grijă ar putea avea nevoie de alt ajutor.
    }

reason-carer-health = { $perspective ->
   *[self] Ne-ați spus că grija pentru altcineva vă înrăutățește sănătatea sau o pune în pericol.
    [other] Ne-ați spus că grija pentru altcineva vă înrăutățește sănătatea sau o pune în pericol.
    [staff] Apelantul a spus că îngrijirea îi înrăutățește sănătatea sau o pune în pericol.
    }

reason-carer-outcomes = { $perspective ->
   *[self] Ne-ați spus că, din cauza grijii pentru altcineva, vă este greu să faceți lucrurile pe care trebuie sau vreți să le faceți.
    [other] Ne-ați spus că, din cauza grijii pentru altcineva, vă este greu să faceți lucrurile pe care trebuie sau vreți să le faceți.
    [staff] Apelantul a spus că, din cauza îngrijirii, îi este greu să facă lucrurile pe care trebuie sau vrea să le facă.
    }

reason-carer-not-coping = { $perspective ->
   *[self] Ne-ați spus că nu vă descurcați cu grija pentru altcineva sau că s-ar putea să nu mai puteți continua.
    [other] Ne-ați spus că nu vă descurcați cu grija pentru altcineva sau că s-ar putea să nu mai puteți continua.
    [staff] Apelantul a spus că nu se descurcă cu îngrijirea sau că s-ar putea să nu mai poată continua.
    }

reason-carer-no-backup = { $perspective ->
   *[self] Ne-ați spus că nimeni nu v-ar putea ține locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [other] Ne-ați spus că nimeni nu v-ar putea ține locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [staff] Apelantul a spus că nu are pe nimeni care să-i țină locul dacă s-ar îmbolnăvi. Oferiți un plan de urgență pentru îngrijitori.
    }

reason-carer-backup-not-sure = { $perspective ->
   *[self] Ați răspuns că nu știți dacă v-ar putea ține cineva locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [other] Ați răspuns că nu știți dacă v-ar putea ține cineva locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [staff] Apelantul a răspuns că nu știe dacă i-ar putea ține cineva locul dacă s-ar îmbolnăvi. Oferiți un plan de urgență pentru îngrijitori.
    }

reason-is-carer = { $perspective ->
   *[self] Ne-ați spus că aveți grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    [other] Ne-ați spus că aveți grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    [staff] Apelantul are grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    }

reason-family-helps = { $perspective ->
   *[self] Ne-ați spus că vă ajută familia, prietenii sau vecinii. Și persoana care vă ajută poate avea o evaluare pentru îngrijitori, pentru propriile nevoi.
    [other] Ne-ați spus că { $name } primește ajutor de la familie, prieteni sau vecini. Oricine îi dă ajutor, inclusiv dumneavoastră, poate avea o evaluare pentru îngrijitori.
    [staff] Apelantul primește ajutor de la familie, prieteni sau vecini. Și persoana care îi dă ajutor poate avea o evaluare pentru îngrijitori.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] Ne-ați spus că un medic v-a pus diagnosticul de demență.
    [other] Ne-ați spus că { $name } a primit de la un medic diagnosticul de demență.
    [staff] Apelantul a spus că un medic i-a pus diagnosticul de demență.
    }

reason-memory-changes = { $perspective ->
   *[self] Ne-ați spus că unele aspecte ale memoriei sau gândirii dumneavoastră sunt mai slabe decât acum 10 ani.
    [other] Ne-ați spus că { $name } are unele aspecte ale memoriei sau gândirii mai slabe decât acum 10 ani.
    [staff] Apelantul a spus că unele aspecte ale memoriei sau gândirii sale sunt mai slabe decât acum 10 ani.
    }

reason-memory-worry = { $perspective ->
   *[self] Ne-ați spus că vă faceți griji pentru memoria sau gândirea dumneavoastră.
    [other] Ne-ați spus că vă faceți griji că { $name } are probleme cu memoria sau gândirea.
    [staff] Apelantul își face griji pentru memoria sau gândirea sa.
    }

reason-memory-not-sure = { $perspective ->
   *[self] Ați răspuns că nu știți dacă vă faceți griji pentru memoria sau gândirea dumneavoastră. Medicul de familie (GP) poate vorbi cu dumneavoastră despre asta.
    [other] Ați răspuns că nu știți dacă vă faceți griji că { $name } are probleme cu memoria sau gândirea. Medicul de familie (GP) poate vorbi despre asta.
    [staff] Apelantul a răspuns că nu știe dacă își face griji pentru memoria sau gândirea sa.
    }

reason-after-hospital = { $perspective ->
   *[self] Ne-ați spus că sunteți în spital sau că lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    [other] Ne-ați spus că { $name } este în spital sau că lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    [staff] Apelantul este în spital sau lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    }

reason-home-difficulties = { $perspective ->
   *[self] Ne-ați spus că unele lucruri din casă vă sunt grele.
    [other] Ne-ați spus că { $name } are greutăți cu unele lucruri din casă.
    [staff] Apelantul a spus că unele lucruri din casă îi sunt grele.
    }

reason-falls-repeated = { $perspective ->
   *[self] Ne-ați spus că în ultimul an ați căzut de mai multe ori, sau că ați căzut și locuiți fără altcineva în casă.
    [other] Ne-ați spus că în ultimul an { $name } a căzut de mai multe ori, sau că a căzut și locuiește fără altcineva în casă.
    [staff] Apelantul a căzut de mai multe ori în ultimul an, sau a căzut și locuiește fără altcineva în casă.
    }

reason-fall-once = { $perspective ->
   *[self] Ne-ați spus că ați căzut în ultimul an.
    [other] Ne-ați spus că { $name } a căzut în ultimul an.
    [staff] Apelantul a căzut în ultimul an.
    }

reason-home-unsafe = { $perspective ->
   *[self] Ne-ați spus că cel puțin unul dintre aceste lucruri nu este sigur pentru dumneavoastră: deplasarea prin casă, spălatul sau folosirea toaletei.
    [other] Ne-ați spus că cel puțin unul dintre aceste lucruri nu este sigur pentru { $name }: deplasarea prin casă, spălatul sau folosirea toaletei.
    [staff] Apelantul a spus că cel puțin unul dintre aceste lucruri nu este sigur: deplasarea prin casă, spălatul sau folosirea toaletei.
    }

reason-everyday-tasks-physical = { $perspective ->
   *[self] Ne-ați spus că mâncarea și băutura, spălatul, folosirea toaletei sau îmbrăcatul vă provoacă multă durere, îngrijorare sau supărare, ori durează mult mai mult decât ar trebui. Un terapeut ocupațional vă poate sugera echipamente sau moduri mai ușoare.
    [other] Ne-ați spus că pentru { $name }, mâncarea și băutura, spălatul, folosirea toaletei sau îmbrăcatul înseamnă multă durere, îngrijorare sau supărare, ori durează mult mai mult decât ar trebui. Un terapeut ocupațional poate sugera echipamente sau moduri mai ușoare.
    [staff] Apelantul a spus că mâncarea și băutura, spălatul, folosirea toaletei sau îmbrăcatul îi provoacă multă durere, îngrijorare sau supărare, ori durează mult mai mult decât ar trebui. Oferiți o evaluare de terapie ocupațională.
    }

reason-more-control = { $perspective ->
   *[self] Ne-ați spus că ați vrea să hotărâți mai mult în privința ajutorului pe care îl primiți.
    [other] Ne-ați spus că { $name } ar vrea să hotărască mai mult în privința ajutorului pe care îl primește.
    [staff] Apelantul ar vrea să hotărască mai mult în privința ajutorului pe care îl primește.
    }

reason-agency-wants-control = { $perspective ->
   *[self] Ne-ați spus că primiți deja ajutor de la îngrijitori sau de la consiliul local și ați vrea să hotărâți mai mult în privința lui. O plată directă (direct payment) vă lasă să alegeți.
    [other] Ne-ați spus că { $name } primește deja ajutor de la îngrijitori sau de la consiliul local și ar vrea să hotărască mai mult în privința lui. O plată directă (direct payment) îi dă posibilitatea să aleagă.
    [staff] Apelantul primește deja ajutor de la îngrijitori sau de la consiliul local și ar vrea să hotărască mai mult în privința lui. Explicați ce sunt plățile directe (direct payments).
    }

reason-has-direct-payment = { $perspective ->
   *[self] Ne-ați spus că primiți o plată directă (direct payment). Există ajutor ca să o gestionați.
    [other] Ne-ați spus că { $name } primește o plată directă (direct payment). Există ajutor pentru gestionarea ei.
    [staff] Apelantul primește o plată directă (direct payment). Există ajutor pentru gestionarea ei.
    }

reason-work-or-learning = { $perspective ->
   *[self] Ne-ați spus că aveți greutăți sau nevoie de ajutor la muncă, studii, cursuri sau voluntariat.
    [other] Ne-ați spus că { $name } are greutăți sau nevoie de ajutor la muncă, studii, cursuri sau voluntariat.
    [staff] Apelantul a spus că are greutăți sau nevoie de ajutor la muncă, studii, cursuri sau voluntariat.
    }

reason-low-mood-often = { $perspective ->
   *[self] Ne-ați spus că în ultima lună ați simțit des, sau aproape tot timpul, tristețe, apăsare sau lipsă de speranță.
    [other] Ne-ați spus că în ultima lună { $name } a părut des, sau aproape tot timpul, să simtă tristețe, apăsare sau lipsă de speranță.
    [staff] Apelantul a spus că în ultima lună a simțit des, sau aproape tot timpul, tristețe, apăsare sau lipsă de speranță.
    }

reason-worry-often = { $perspective ->
   *[self] Ne-ați spus că în ultima lună grijile v-au îngreunat des, sau aproape tot timpul, viața de zi cu zi.
    [other] Ne-ați spus că în ultima lună { $name } a avut des, sau aproape tot timpul, griji care i-au îngreunat viața de zi cu zi.
    [staff] Apelantul a spus că în ultima lună grijile i-au îngreunat des, sau aproape tot timpul, viața de zi cu zi.
    }

reason-low-mood-sometimes = { $perspective ->
   *[self] Ne-ați spus că în ultima lună ați simțit uneori tristețe, apăsare sau lipsă de speranță.
    [other] Ne-ați spus că în ultima lună { $name } a părut uneori să simtă tristețe, apăsare sau lipsă de speranță.
    [staff] Apelantul a spus că în ultima lună a simțit uneori tristețe, apăsare sau lipsă de speranță.
    }

reason-self-harm-past-support = { $perspective ->
   *[self] Ne-ați spus că în trecut ați avut gânduri să vă luați viața sau să vă faceți rău. O discuție cu cineva vă poate ajuta acum.
    [other] Ne-ați spus că în trecut { $name } a vorbit despre a-și lua viața sau a-și face rău. O discuție cu cineva poate ajuta acum.
    [staff] Apelantul a spus că în trecut a avut gânduri să își ia viața sau să își facă rău. Oferiți terapii prin discuție (talking therapies) sau medicul de familie.
    }

reason-bereaved = { $perspective ->
   *[self] Ne-ați spus că în ultimul an a murit cineva apropiat de dumneavoastră.
    [other] Ne-ați spus că în ultimul an a murit cineva apropiat de { $name }.
    [staff] Apelantul a spus că în ultimul an a pierdut pe cineva apropiat.
    }

reason-lonely-often = { $perspective ->
   *[self] Ne-ați spus că simțiți singurătatea des sau aproape tot timpul.
    [other] Ne-ați spus că { $name } pare să simtă singurătatea des sau aproape tot timpul.
    [staff] Apelantul a spus că simte singurătatea des sau aproape tot timpul.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] Ne-ați spus că simțiți uneori singurătatea.
    [other] Ne-ați spus că { $name } pare să simtă uneori singurătatea.
    [staff] Apelantul a spus că simte uneori singurătatea.
    }

reason-community-interests = { $perspective ->
   *[self] Ne-ați spus că ați vrea ajutor ca să cunoașteți oameni, să aveți companie sau să găsiți activități.
    [other] Ne-ați spus că { $name } ar vrea ajutor ca să cunoască oameni, să aibă companie sau să găsească activități.
    [staff] Apelantul ar vrea ajutor ca să cunoască oameni, să aibă companie sau să găsească activități.
    }

reason-clutter-serious = { $perspective ->
   *[self] Ne-ați spus că locuința dumneavoastră este atât de plină încât este greu sau periculos să locuiți în ea.
    [other] Ne-ați spus că locuința în care stă { $name } este atât de plină încât este greu sau periculos să locuiască în ea.
    [staff] Apelantul a spus că locuința sa este atât de plină încât este greu sau periculos să locuiască în ea.
    }

reason-clutter-kitchen = { $perspective ->
   *[self] Ne-ați spus că este greu de gătit pentru că locuința dumneavoastră este atât de plină. Asta poate însemna mese sărite.
    [other] Ne-ați spus că pentru { $name } este greu de gătit pentru că locuința este atât de plină. Asta poate însemna mese sărite.
    [staff] Apelantul a spus că este greu de gătit pentru că locuința este atât de plină. Întrebați despre mese sărite.
    }

reason-clutter-some = { $perspective ->
   *[self] Ne-ați spus că unele camere din locuința dumneavoastră sunt greu de folosit pentru că sunt pline.
    [other] Ne-ați spus că unele camere din locuința în care stă { $name } sunt greu de folosit pentru că sunt pline.
    [staff] Apelantul a spus că unele camere sunt greu de folosit pentru că sunt pline.
    }

reason-money-worries = { $perspective ->
   *[self] Ne-ați spus că vă faceți griji pentru bani.
    [other] Ne-ați spus că există griji legate de bani pentru { $name }.
    [staff] Apelantul își face griji pentru bani.
    }

reason-scam = { $perspective ->
   *[self] Ne-ați spus că cineva v-a păcălit sau a încercat să vă păcălească, ca să vă ia banii.
    [other] Ne-ați spus că cineva a luat sau a încercat să ia prin înșelăciune bani de la { $name }.
    [staff] Apelantul a spus că cineva a luat sau a încercat să-i ia bani prin înșelăciune.
    }

reason-caring-35-hours = { $perspective ->
   *[self] Ne-ați spus că vă ocupați de îngrijire 35 de ore pe săptămână sau mai mult. Ați putea primi Carer's Allowance (alocația pentru îngrijitori).
    [other] Ne-ați spus că vă ocupați de îngrijire 35 de ore pe săptămână sau mai mult. Ați putea primi Carer's Allowance (alocația pentru îngrijitori).
    [staff] Apelantul se ocupă de îngrijire 35 de ore pe săptămână sau mai mult. Ar putea primi Carer's Allowance (alocația pentru îngrijitori).
    }

reason-declined = { $perspective ->
   *[self] Ați ales să nu răspundeți la unele întrebări. Este în regulă.
    [other] Ați ales să nu răspundeți la unele întrebări. Este în regulă.
    [staff] Apelantul a ales să nu răspundă la unele întrebări. Oferiți o discuție confidențială.
    }

reason-under-18 = { $perspective ->
   *[self] Ne-ați spus că aveți sub 18 ani. Vă putem pune în legătură cu ajutor pentru tineri.
    [other] Ne-ați spus că { $name } are sub 18 ani. Vă putem pune în legătură cu ajutor pentru tineri.
    [staff] Apelantul are sub 18 ani. Îndrumați apelantul spre serviciile pentru copii (children's services).
    }
