# Rutele de ajutor, serviciile din spatele lor și propozițiile „de ce vă recomandăm asta”.
#
# Motivele primesc $perspective ("self", "other", "staff") și $name, ca întrebările. Când
# răspunde o rudă (other), motivele despre îngrijire sunt despre rudă, deci spun „dumneavoastră”.
# Nu spunem niciodată că cineva „nu este eligibil”.

## Rute: titlul, apoi .summary și .next (ce urmează)

route-urgent-safety = Ajutor ca să fiți în siguranță acum
    .summary = Dacă cineva este în pericol chiar acum, sunați la 999. Spuneți-ne dacă cineva vă face rău, vă sperie sau vă ia bani. La fel dacă i se întâmplă asta cuiva pe care îl cunoașteți. Vă ascultăm și vă ajutăm ca persoana să fie în siguranță. Nu este vina ei.
    .next = Dacă sunați la 999, vine poliția sau ambulanța. Dacă sunați la Adult Social Care Direct și este urgent, încercăm să vă contactăm în 2 ore. După aceea puteți continua cu întrebările.

route-mental-health-crisis = Ajutor acum, când vă este foarte greu
    .summary = Nu trebuie să treceți prin asta fără ajutor. Sunați la NHS 111 și alegeți opțiunea pentru sănătate mintală, zi și noapte. Sau sunați gratuit la Samaritans, la 116 123. Dacă o viață este în pericol acum, sunați la 999.
    .next = O persoană pregătită pentru asta vă va asculta și vă va ajuta să hotărâți ce să faceți mai departe. Poate cere unei echipe de sănătate mintală să vă ajute acasă.

route-needs-assessment = Cereți o evaluare a nevoilor de îngrijire și sprijin
    .summary = Evaluarea este o discuție cu Adult Social Care (serviciul de asistență socială pentru adulți) despre ce vă este greu și ce v-ar ajuta. Este gratuită. Oricine ar putea avea nevoie de ajutor o poate cere, indiferent câți bani are.
    .next = Sunați la Adult Social Care Direct sau completați online autoevaluarea. Vă contactăm în 2 zile lucrătoare. Dacă este nevoie de o evaluare, încercăm să venim în vizită în 6 săptămâni, sau în 24 de ore dacă este urgent.

route-carers-support = Ajutor pentru îngrijitori
    .summary = Grija pentru altcineva poate fi grea. Puteți cere o evaluare pentru îngrijitori (carer's assessment), chiar dacă persoana de care aveți grijă nu primește ajutor de la noi. Carers Trust Heart of England oferă sfaturi, pe cineva care să vă asculte și pauze de la îngrijire.
    .next = Sunați la Carers Trust Heart of England sau la Adult Social Care Direct. Evaluarea pentru îngrijitori arată ce v-ar ajuta pe dumneavoastră. Puteți face și un plan pentru cazul în care vă îmbolnăviți brusc.

route-memory-dementia = Ajutor când vă faceți griji pentru memorie
    .summary = Problemele de memorie au multe cauze, iar unele se pot trata. Vorbiți cu medicul de familie (GP) despre o verificare a memoriei. Coventry Dementia Hub vă poate ajuta chiar acum, cu sau fără diagnostic.
    .next = Medicul de familie poate face câteva verificări simple și vă poate trimite la o clinică a memoriei (memory clinic). Dementia Hub are sfaturi, o cafenea și activități pentru oameni și familiile lor.

route-reablement = Ajutor pe termen scurt după spital
    .summary = Ajutorul pe termen scurt acasă vă poate ajuta să vă descurcați din nou pe cont propriu după o perioadă în spital sau după o boală. În Coventry, acest ajutor se numește Promoting Independence.
    .next = Dacă sunteți încă în spital, întrebați personalul secției despre asta înainte să plecați acasă. Dacă sunteți deja acasă, sunați la Adult Social Care Direct. Acest ajutor este gratuit timp de până la 6 săptămâni.

route-equipment-adaptations = Echipamente sau schimbări în locuință
    .summary = Echipamentele și micile schimbări pot face locuința mai sigură și mai ușor de folosit, de exemplu bare de sprijin sau un scaun pentru duș. Un terapeut ocupațional poate vedea ce v-ar ajuta. Telecare poate chema ajutor dacă cădeți.
    .next = Sunați la Adult Social Care Direct. Ei pot cere unui terapeut ocupațional să vorbească cu dumneavoastră sau să vină în vizită. Unele echipamente vin de la serviciul de echipamente OPAL.

route-direct-payments = Alegeți și organizați-vă propriul ajutor
    .summary = O plată directă (direct payment) înseamnă bani de la consiliul local, ca să vă organizați propriul ajutor. Mulți oameni o folosesc ca să angajeze un asistent personal ales de ei, la orele care le convin.
    .next = Mai întâi aveți nevoie de o evaluare a nevoilor de îngrijire și sprijin sau de o evaluare pentru îngrijitori. Sunați la Adult Social Care Direct ca să o cereți. Penderels Trust vă poate ajuta să gestionați plata directă și să angajați un asistent personal.

route-community-wellbeing = Cunoașteți oameni și găsiți activități
    .summary = Grupurile, cluburile, voluntariatul și vizitele prietenoase îi pot ajuta pe oameni să se simtă mai puțin singuri. Age UK Coventry oferă vizite și telefoane pentru o discuție.
    .next = Contactați Age UK Coventry sau întrebați la Adult Social Care Direct despre grupuri din apropiere. Dacă simțiți des tristețe sau îngrijorare, vă poate ajuta și medicul de familie.

route-home-environment = Ajutor pentru o locuință greu de ținut în ordine
    .summary = Multor oameni le este greu să arunce lucruri sau să țină casa în ordine. Nimeni nu vă va judeca. Enabling Spaces îi ajută pe oameni să-și elibereze și să-și curețe locuința, în ritmul lor.
    .next = Rugați Adult Social Care Direct să vă pună în legătură cu Enabling Spaces. Dacă sunt mai multe animale decât pot fi îngrijite, vă poate ajuta RSPCA.

route-money-advice = Sfaturi despre bani, ajutoare sociale și înșelătorii
    .summary = Sfaturile gratuite vă pot ajuta cu facturile, datoriile și ajutoarele sociale (benefits), inclusiv cele pentru îngrijitori. Vă pot ajuta și după o înșelătorie.
    .next = Citizens Advice oferă sfaturi gratuite și confidențiale. Adult Social Care Direct vă poate explica cum se plătește îngrijirea. Dacă ați pierdut bani într-o înșelătorie, anunțați imediat banca.

route-general-advice = Vorbiți cu Adult Social Care
    .summary = Răspunsurile nu au dus la un singur serviciu. Puteți totuși să vorbiți cu noi despre orice. Puteți cere oricând o evaluare a nevoilor de îngrijire și sprijin sau o evaluare pentru îngrijitori.
    .next = Sunați la Adult Social Care Direct. Vă ascultăm și vă îndrumăm spre ajutorul potrivit. Dacă se schimbă ceva, puteți reveni și răspunde din nou la întrebări.

## Servicii: numele, apoi .description și, la unele, .hours

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

service-sicol-crisis-plus = Ajutor în Coventry pentru crize de sănătate mintală (SICol și Crisis Plus)
    .description = Sprijin practic și frecvent, ca să treceți peste o criză de sănătate mintală și să rămâneți acasă. Întrebați despre el la NHS 111 sau la o echipă de sănătate mintală.

service-carers-trust = Carers Trust Heart of England
    .description = Sfaturi, cineva care să vă asculte, grupuri și pauze pentru îngrijitorii din Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Sfaturi, activități și Forget Me Not Café, pentru persoanele cu probleme de memorie sau cu demență și pentru familiile lor.

service-your-gp = Cabinetul medicului de familie (GP)
    .description = Medicul de familie poate verifica memoria și sănătatea și, dacă e nevoie, poate trimite la o clinică a memoriei.

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

service-citizens-advice = Citizens Advice
    .description = Sfaturi gratuite și confidențiale despre bani, datorii, ajutoare sociale și înșelătorii.

## Motive: o propoziție „de ce vă recomandăm asta” pentru fiecare regulă

reason-fallback = { $perspective ->
   *[self] Răspunsurile nu au dus la un singur serviciu, dar puteți vorbi oricând cu noi.
    [other] Răspunsurile nu au dus la un singur serviciu, dar puteți vorbi oricând cu noi.
    [staff] Răspunsurile nu au dus la un singur serviciu. Oferiți sfaturi generale și o evaluare, dacă apelantul dorește.
    }

reason-danger-now = { $perspective ->
   *[self] Ne-ați spus că sunteți în pericol chiar acum.
    [other] Ne-ați spus că { $name } este în pericol chiar acum.
    [staff] Apelantul a spus că este în pericol chiar acum.
    }

reason-danger-not-sure = { $perspective ->
   *[self] Ne-ați spus că nu știți dacă sunteți în siguranță acum.
    [other] Ne-ați spus că nu știți dacă { $name } este în siguranță acum.
    [staff] Apelantul nu știe dacă este în siguranță acum.
    }

reason-harm-by-others = { $perspective ->
   *[self] Ne-ați spus că cineva vă face rău, vă sperie, vă neglijează sau vă ia lucruri. Acesta este abuz și nu este vina dumneavoastră.
    [other] Ne-ați spus că cineva se poartă rău cu { $name }: îi face rău, îi provoacă frică, îi neglijează nevoile sau îi ia lucruri. Acesta este abuz.
    [staff] Apelantul a spus că cineva îi face rău, îi provoacă frică, îi neglijează nevoile sau îi ia lucruri. Poate fi abuz: urmați procedura de protecție (safeguarding).
    }

reason-scam-loss = { $perspective ->
   *[self] Ne-ați spus că ați pierdut bani din cauza cuiva care v-a păcălit, sau că încă se întâmplă.
    [other] Ne-ați spus că { $name } a pierdut bani într-o înșelătorie, sau că încă se întâmplă.
    [staff] Apelantul a spus că a pierdut bani într-o înșelătorie, sau că încă se întâmplă.
    }

reason-self-harm-now = { $perspective ->
   *[self] Ne-ați spus că ați avut de curând gânduri să vă luați viața sau să vă faceți rău.
    [other] Ne-ați spus că { $name } a vorbit de curând despre a-și lua viața sau a-și face rău.
    [staff] Apelantul a spus că a avut de curând gânduri să își ia viața sau să își facă rău.
    }

reason-self-harm-past = { $perspective ->
   *[self] Ne-ați spus că în trecut ați avut gânduri să vă luați viața sau să vă faceți rău. Dacă revin, există ajutor zi și noapte.
    [other] Ne-ați spus că în trecut { $name } a vorbit despre a-și lua viața sau a-și face rău. Dacă asta revine, există ajutor zi și noapte.
    [staff] Apelantul a spus că în trecut a avut gânduri să își ia viața sau să își facă rău.
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

reason-carer-may-stop = { $perspective ->
   *[self] Ne-ați spus că s-ar putea să nu mai puteți avea grijă de cineva. Persoana de care aveți grijă ar putea avea nevoie de alt ajutor.
    [other] Ne-ați spus că s-ar putea să nu mai puteți avea grijă de { $name }, care ar putea avea nevoie de alt ajutor.
    [staff] S-ar putea ca apelantul să nu mai poată avea grijă de cineva. Persoana de care are grijă ar putea avea nevoie de alt ajutor.
    }

reason-carer-health = { $perspective ->
   *[self] Ne-ați spus că grija pentru altcineva vă afectează sănătatea sau o pune în pericol.
    [other] Ne-ați spus că grija pentru altcineva vă afectează sănătatea sau o pune în pericol.
    [staff] Apelantul a spus că îngrijirea îi afectează sănătatea sau o pune în pericol.
    }

reason-carer-outcomes = { $perspective ->
   *[self] Ne-ați spus că, din cauza grijii pentru altcineva, vă este greu să faceți lucrurile pe care trebuie sau vreți să le faceți.
    [other] Ne-ați spus că, din cauza grijii pentru altcineva, vă este greu să faceți lucrurile pe care trebuie sau vreți să le faceți.
    [staff] Apelantul a spus că, din cauza îngrijirii, îi este greu să facă lucrurile pe care trebuie sau vrea să le facă.
    }

reason-carer-not-coping = { $perspective ->
   *[self] Ne-ați spus că nu vă descurcați cu grija pentru altcineva.
    [other] Ne-ați spus că nu vă descurcați cu grija pentru altcineva.
    [staff] Apelantul a spus că nu se descurcă cu îngrijirea.
    }

reason-carer-no-backup = { $perspective ->
   *[self] Ne-ați spus că nimeni nu v-ar putea ține locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [other] Ne-ați spus că nimeni nu v-ar putea ține locul dacă v-ați îmbolnăvi. Un plan pentru urgențe vă poate ajuta.
    [staff] Apelantul a spus că nu are pe nimeni care să-i țină locul dacă s-ar îmbolnăvi. Oferiți un plan de urgență pentru îngrijitori.
    }

reason-is-carer = { $perspective ->
   *[self] Ne-ați spus că aveți grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    [other] Ne-ați spus că aveți grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    [staff] Apelantul are grijă de cineva. Orice îngrijitor poate cere o evaluare pentru îngrijitori.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] Ne-ați spus că un medic v-a pus diagnosticul de demență.
    [other] Ne-ați spus că { $name } a primit de la un medic diagnosticul de demență.
    [staff] Apelantul a spus că un medic i-a pus diagnosticul de demență.
    }

reason-memory-changes = { $perspective ->
   *[self] Ne-ați spus că memoria sau gândirea dumneavoastră sunt mai slabe decât acum 10 ani.
    [other] Ne-ați spus că { $name } are memoria sau gândirea mai slabe decât acum 10 ani.
    [staff] Apelantul a spus că are memoria sau gândirea mai slabe decât acum 10 ani.
    }

reason-memory-worry = { $perspective ->
   *[self] Ne-ați spus că vă faceți griji pentru memoria sau gândirea dumneavoastră.
    [other] Ne-ați spus că vă faceți griji că { $name } are probleme cu memoria sau gândirea.
    [staff] Apelantul își face griji pentru memoria sau gândirea sa.
    }

reason-after-hospital = { $perspective ->
   *[self] Ne-ați spus că sunteți în spital sau că lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    [other] Ne-ați spus că { $name } este în spital sau că lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    [staff] Apelantul este în spital sau lucrurile de zi cu zi sunt mai grele după o perioadă în spital.
    }

reason-home-difficulties = { $perspective ->
   *[self] Ne-ați spus că unele lucruri din casă vă sunt grele, de exemplu scările, cada sau ridicatul de pe scaun.
    [other] Ne-ați spus că { $name } are greutăți cu unele lucruri din casă, de exemplu scările, cada sau ridicatul de pe scaun.
    [staff] Apelantul a spus că unele lucruri din casă îi sunt grele, de exemplu scările, cada sau ridicatul de pe scaun.
    }

reason-falls-repeated = { $perspective ->
   *[self] Ne-ați spus că ați căzut de mai multe ori, sau că ați căzut și locuiți fără altcineva în casă.
    [other] Ne-ați spus că { $name } a căzut de mai multe ori, sau că a căzut și locuiește fără altcineva în casă.
    [staff] Apelantul a căzut de mai multe ori, sau a căzut și locuiește fără altcineva în casă.
    }

reason-fall-once = { $perspective ->
   *[self] Ne-ați spus că ați căzut în ultimul an.
    [other] Ne-ați spus că { $name } a căzut în ultimul an.
    [staff] Apelantul a căzut în ultimul an.
    }

reason-home-unsafe = { $perspective ->
   *[self] Ne-ați spus că nu este sigur să vă deplasați prin casă, să vă spălați sau să folosiți toaleta.
    [other] Ne-ați spus că pentru { $name } nu este sigur să se deplaseze prin casă, să se spele sau să folosească toaleta.
    [staff] Apelantul a spus că nu este sigur să se deplaseze prin casă, să se spele sau să folosească toaleta.
    }

reason-more-control = { $perspective ->
   *[self] Ne-ați spus că vreți să hotărâți mai mult cine vă ajută și când.
    [other] Ne-ați spus că { $name } vrea să hotărască mai mult cine vine să ajute și când.
    [staff] Apelantul vrea să hotărască mai mult cine vine să ajute și când.
    }

reason-has-direct-payment = { $perspective ->
   *[self] Ne-ați spus că primiți o plată directă (direct payment). Există ajutor ca să o gestionați.
    [other] Ne-ați spus că { $name } primește o plată directă (direct payment). Există ajutor pentru gestionarea ei.
    [staff] Apelantul primește o plată directă (direct payment). Există ajutor pentru gestionarea ei.
    }

reason-lonely-often = { $perspective ->
   *[self] Ne-ați spus că simțiți des singurătatea.
    [other] Ne-ați spus că { $name } pare să simtă des singurătatea.
    [staff] Apelantul a spus că simte des singurătatea.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] Ne-ați spus că simțiți uneori singurătatea.
    [other] Ne-ați spus că { $name } pare să simtă uneori singurătatea.
    [staff] Apelantul a spus că simte uneori singurătatea.
    }

reason-community-interests = { $perspective ->
   *[self] Ne-ați spus că ați vrea să cunoașteți oameni sau să găsiți activități.
    [other] Ne-ați spus că { $name } ar vrea să cunoască oameni sau să găsească activități.
    [staff] Apelantul ar vrea să cunoască oameni sau să găsească activități.
    }

reason-low-mood-or-worry = { $perspective ->
   *[self] Ne-ați spus că simțiți des tristețe sau îngrijorare.
    [other] Ne-ați spus că { $name } pare să simtă des tristețe sau îngrijorare.
    [staff] Apelantul a spus că simte des tristețe sau îngrijorare.
    }

reason-clutter-serious = { $perspective ->
   *[self] Ne-ați spus că locuința dumneavoastră este atât de plină încât este greu sau periculos de folosit.
    [other] Ne-ați spus că locuința în care stă { $name } este atât de plină încât este greu sau periculos de folosit.
    [staff] Apelantul a spus că locuința sa este atât de plină încât este greu sau periculos de folosit.
    }

reason-clutter-some = { $perspective ->
   *[self] Ne-ați spus că unele camere din locuința dumneavoastră sunt greu de folosit pentru că sunt pline.
    [other] Ne-ați spus că unele camere sunt greu de folosit pentru că sunt pline.
    [staff] Apelantul a spus că unele camere sunt greu de folosit pentru că sunt pline.
    }

reason-money-worries = { $perspective ->
   *[self] Ne-ați spus că vă faceți griji pentru bani.
    [other] Ne-ați spus că { $name } își face griji pentru bani.
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

reason-under-18 = { $perspective ->
   *[self] Ne-ați spus că aveți sub 18 ani. Vă putem pune în legătură cu ajutor pentru tineri.
    [other] Ne-ați spus că { $name } are sub 18 ani. Vă putem pune în legătură cu ajutor pentru tineri.
    [staff] Apelantul are sub 18 ani. Îndrumați apelantul spre serviciile pentru copii (children's services).
    }
