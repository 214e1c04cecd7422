## Cuvintele aplicației (pagini, butoane, mesaje). Întrebările sunt în questions.ftl, rutele
## de ajutor și serviciile în routes.ftl.
##
## Registru: ne adresăm cititorului cu „dumneavoastră” (persoana a II-a plural), și în
## butoane („Continuați”). Evităm formele care depind de gen (singur/singură, sigur/sigură).

language-name = Română
# The service's name: in the header and every page title. A council may rename it in
# content/theme.toml, in every language at once.
app-title = Aflați ce ajutor puteți primi
person-fallback = persoana pe care o ajutați
skip-to-main = Mergeți la conținutul principal
exit-this-page = Ieșiți de pe această pagină
exit-this-page-hint = , sau apăsați de 3 ori tasta Shift, ca să părăsiți repede acest site
language-switcher-label = Alegeți limba
back = Înapoi
continue = Continuați
or = sau
change = Schimbați
retry = Încercați din nou
loading = Se încarcă…
print = Tipăriți
copy-summary = Copiați rezumatul
copied = Rezumatul a fost copiat. Îl puteți lipi într-un e-mail sau într-un document.
clear-answers = Ștergeți răspunsurile mele
not-answered = Fără răspuns
setting-reduce-motion = Mai puține animații pe acest site
# { -helpline } and { -helpline-number }: the help line's name and number. They come from
# content/theme.toml (the build puts them in), are never translated, and read as they are written.
footer-help = Aveți nevoie de ajutor? Sunați la { -helpline }, la { -helpline-number }, { footer-hours }.
# The help line's opening days, placed in footer-help. content/theme.toml may give others.
footer-hours = de luni până vineri
noscript = Acest serviciu are nevoie de JavaScript, care este dezactivat sau indisponibil în acest browser.
footer-privacy = Nu păstrăm răspunsurile dumneavoastră. Ele circulă doar între acest browser și acest serviciu, protejate astfel încât nimeni altcineva să nu le poată citi, și dispar când închideți browserul.

## Pagina de început
start-title = { app-title }
start-intro = Răspundeți la câteva întrebări scurte despre viața de zi cu zi. Vă vom arăta ajutor și sfaturi care vă pot ușura viața.
start-time = Durează cam 10 minute. Puteți răspunde pentru dumneavoastră sau pentru cineva pe care îl ajutați.
start-not-assessment = Aceasta nu este o evaluare oficială. Nu hotărăște ce ajutor primiți. Puteți cere oricând o evaluare de la consiliul local (council).
start-danger-now = Dacă dumneavoastră sau altcineva este în pericol acum, sunați la 999.
start-privacy-title = Ce se întâmplă cu răspunsurile dumneavoastră
start-privacy = Nu păstrăm răspunsurile dumneavoastră. De fiecare dată când continuați, ele sunt trimise la acest serviciu ca să vă arătăm pagina următoare, apoi înapoi în acest browser, protejate astfel încât nimeni altcineva să nu le poată citi. Dispar când închideți browserul sau imediat dacă alegeți „Ieșiți de pe această pagină”. Nu vă cerem numele sau adresa.
save-on-device = Salvați răspunsurile mele pe acest dispozitiv
save-on-device-hint = Alegeți asta doar dacă nimeni altcineva nu folosește acest dispozitiv. Puteți șterge răspunsurile oricând.
start-button = Începeți acum
resume-title = Aveți răspunsuri salvate pe acest dispozitiv
resume-body = Puteți continua de unde ați rămas. Sau puteți șterge răspunsurile și începe din nou.
resume-button = Continuați
notice-title = Important
notice-dismiss = Ascundeți acest mesaj
saved-unreadable = Nu am putut citi răspunsurile salvate pe acest dispozitiv, așa că le-am șters. Va trebui să începeți din nou.
answers-unreadable = Nu am putut citi răspunsurile dumneavoastră, așa că nu le-am folosit. Vă rugăm să începeți din nou. Dacă aveți nevoie de ajutor, sunați la numărul din partea de jos a acestei pagini.

## Pentru cine?
who-title = Pentru cine răspundeți?
who-self = Pentru mine
    .hint = Vreți să aflați ce ajutor puteți primi.
who-other = Pentru cineva pe care îl ajut sau de care am grijă
    .hint = De exemplu, un părinte, partenerul de viață, un prieten sau un vecin.
who-staff = Lucrez la consiliul local și ajut o persoană care a sunat
    .hint = Întrebările vor fi formulate ca să le puteți citi cu voce tare.
who-name-label = Prenumele persoanei (opțional)
who-name-hint = Îl folosim doar ca să formulăm întrebările. Rămâne pe acest dispozitiv.
who-error = Alegeți pentru cine răspundeți

## Întrebări
progress-section = Secțiunea { $section } din { $sections }
error-prefix = Eroare:
error-summary-title = Există o problemă
error-choose-one = Alegeți un răspuns
error-choose-some = Alegeți cel puțin un răspuns sau alegeți „Niciuna dintre acestea”
# La o întrebare care are varianta „Prefer să nu răspund”. $option: textul acelei variante, așa cum apare.
error-choose-or-decline = Alegeți un răspuns sau alegeți „{ $option }” dacă preferați să nu răspundeți
character-count = { $max ->
    [one] Puteți scrie cel mult { $max } caracter
    [few] Puteți scrie cel mult { $max } caractere
   *[other] Puteți scrie cel mult { $max } de caractere
}

## Ajutor urgent
call-service = Sunați la { $service }
urgent-who-can-help = Cine vă poate ajuta
urgent-carry-on-title = Când sunteți gata
urgent-carry-on-body = Puteți continua cu întrebările. Vă vom arăta din nou acest ajutor, împreună cu rezultatele.
urgent-carry-on = Continuați cu întrebările

## Verificați răspunsurile
check-title = Verificați răspunsurile
check-send-title = Acum vedeți rezultatele
check-send-body = Vom folosi răspunsurile ca să vă arătăm ajutorul potrivit. Nu păstrăm răspunsurile.
check-send-button = Vedeți rezultatele mele

## Rezultate
results-title = Ajutor care s-ar potrivi
results-loading = Căutăm ce v-ar putea ajuta…
results-count = { $perspective ->
   *[self] { $count ->
        [one] Am găsit 1 tip de ajutor pentru dumneavoastră.
        [few] Am găsit { $count } tipuri de ajutor pentru dumneavoastră, în ordinea importanței.
       *[other] Am găsit { $count } de tipuri de ajutor pentru dumneavoastră, în ordinea importanței.
    }
    [other] { $count ->
        [one] Am găsit 1 tip de ajutor pentru { $name }.
        [few] Am găsit { $count } tipuri de ajutor pentru { $name }, în ordinea importanței.
       *[other] Am găsit { $count } de tipuri de ajutor pentru { $name }, în ordinea importanței.
    }
    [staff] { $count ->
        [one] Am găsit 1 tip de ajutor pentru apelant.
        [few] Am găsit { $count } tipuri de ajutor pentru apelant, în ordinea importanței.
       *[other] Am găsit { $count } de tipuri de ajutor pentru apelant, în ordinea importanței.
    }
}
first-step-title = { $perspective ->
   *[self] Ce să faceți mai întâi
    [other] Ce să faceți mai întâi pentru { $name }
    [staff] Ce să faceți mai întâi pentru apelant
}
first-step-web = Intrați pe site-ul { $service }
results-keep-link = Cum puteți tipări, copia sau salva aceste rezultate, sau continua pe alt dispozitiv
results-keep-title = Păstrați rezultatele sau continuați mai târziu
route-more = Pe cine să contactați și ce urmează
route-more-reasons = Alte motive și pe cine să contactați
route-unverified = Consiliul local trebuie încă să confirme aceste termene.
contacts-title = Pe cine să contactați
contacts-intro = Aceste servicii vă pot ajuta cu mai multe dintre recomandările de mai sus.
contact-helps-with = Poate ajuta cu:
contact-see = { $service }: vedeți „Pe cine să contactați” mai jos
because-you-told-us = De ce vă recomandăm asta
what-happens-next = Ce urmează
priority-urgent = Urgent
priority-recommended = Recomandat
priority-also-useful = Poate fi util și
results-ask-title = Puteți cere oricând o evaluare
results-ask-body = Dacă credeți că aveți nevoie de ajutor cu îngrijirea, aveți dreptul să cereți o evaluare de la consiliul local. Este gratuită.
results-version = Versiunea întrebărilor: { $version }

## Contacte
contact-phone = Telefon
contact-text-relay = Text Relay (pentru persoane cu deficiențe de auz sau cu dificultăți de vorbire)
contact-hours = Program
contact-web = Site
contact-email = E-mail
contact-address = Adresă
contact-unverified = Încă verificăm unele dintre aceste date. Dacă nu funcționează, sunați la { -helpline }.

## Probleme
unreachable-title = Nu ne putem conecta acum la serviciu
unreachable-body = Răspunsurile dumneavoastră sunt în siguranță pe această pagină. Verificați conexiunea la internet și încercați din nou.
not-found-title = Pagina nu a fost găsită
not-found-body = Dacă ați scris adresa, verificați dacă este corectă. Dacă ați lipit adresa, verificați dacă ați copiat-o în întregime.
not-found-start = Mergeți la început

## Citire cu voce tare
listen = Ascultați
listen-stop = Opriți citirea
listen-no-voice = Acest dispozitiv nu poate citi cu voce tare în limba română

## Modul pentru personalul centrului de apeluri
call-reference = Numărul apelului:
new-call = Începeți un apel nou
staff-answers-title = Răspunsurile de până acum
keys-title = Taste
keys-choose = alegeți un răspuns
keys-continue = continuați
keys-back = înapoi
case-note-title = Notă pentru dosar
case-note-hint = Copiați asta în dosarul cazului. Conține numărul apelului, toate răspunsurile și ajutorul sugerat.
case-note-copy = Copiați nota
save-as-file = Salvați ca fișier
summary-file-name = ajutor-care-s-ar-potrivi.txt

## Continuare pe alt dispozitiv sau cu altă persoană
handover-link = Continuați pe alt dispozitiv sau cu altă persoană
handover-title = Continuați pe alt dispozitiv sau cu altă persoană
handover-intro = Folosiți codul, linkul sau codul-imagine ca să continuați de pe alt telefon sau calculator, sau ca să vă ajute altcineva. Nu aveți nevoie de cont.
handover-warning = Oricine are acest cod sau link vă poate vedea răspunsurile. Dați-l doar unei persoane în care aveți încredere. Numele dumneavoastră nu apare niciodată în el.
handover-code-title = Cod de citit sau de scris
handover-code-hint = Pe celălalt dispozitiv, deschideți acest site, alegeți „Am un cod” și scrieți codul. Puteți folosi litere mari sau mici.
handover-link-title = Link
handover-link-text = Deschideți aceste răspunsuri
handover-copy-link = Copiați linkul
handover-copied = Linkul a fost copiat.
handover-qr-title = Cod-imagine (cod QR)
handover-qr-label = Un cod QR care deschide linkul cu camera altui dispozitiv
handover-have-code = Am un cod
resume-page-title = Scrieți codul
resume-hint = Codul are litere și cifre, de exemplu K3M9-QX2A. Puteți lăsa deoparte liniuțele.
resume-error-empty = Scrieți codul
resume-error-character = Codul are o literă sau un semn care nu apare niciodată în coduri. Verificați-l și încercați din nou
resume-error-mistyped = Codul nu este corect. Verificați fiecare literă și cifră și încercați din nou
resume-error-short = Lipsește o parte din cod. Verificați dacă l-ați scris pe tot
resume-error-version = Acest cod a fost făcut pentru o versiune mai veche a întrebărilor, pe care serviciul nu o mai are, așa că nu poate fi folosit. Folosiți linkul sau începeți din nou
resume-error-unreachable = Nu putem verifica acest cod acum. Verificați conexiunea la internet și încercați din nou
resume-recheck = Întrebările s-au schimbat de când a fost făcut acest cod sau link. Verificați din nou aceste răspunsuri:
resume-go-check = Verificați răspunsurile

results-your-answers = Răspunsurile dumneavoastră
results-date = Data: { $date }

## The council changed the questions while the person was answering them. The answers that
## still fit are kept; the notice on the next page and on Check your answers lists the
## questions to look at again, each a link to it.
questions-changed-title = Întrebările s-au schimbat de când ați început
questions-changed-kept = Am păstrat răspunsurile care se potrivesc în continuare cu noile întrebări.
questions-changed-removed = Unele întrebări la care ați răspuns nu mai sunt puse, așa că am scos acele răspunsuri.
questions-changed-recheck = Verificați din nou aceste răspunsuri:
# Shown for a moment on the results page, before Check your answers opens with the new questions.
results-questions-changed = Întrebările s-au schimbat de când ați început. Deschidem răspunsurile pentru verificare…
# The service did not accept some answers: each is listed as a link to change it.
results-not-accepted-title = Nu am putut folosi unele dintre răspunsurile dumneavoastră
results-not-accepted-body = Schimbați aceste răspunsuri, apoi cereți din nou rezultatele:
results-not-accepted-check = { check-title }
# A fault on the service's side. { -helpline } and { -helpline-number }: as in footer-help.
results-server-error-title = Ne pare rău, există o problemă cu serviciul
results-server-error-body = Răspunsurile dumneavoastră sunt în siguranță pe această pagină. Încercați din nou mai târziu.
results-server-error-call = Dacă aveți nevoie de ajutor acum, sunați la { -helpline }, la { -helpline-number }.

## Pagina de start: avertismentul că traducerea nu a fost verificată încă de un vorbitor
## nativ, cu numerele pentru situații de criză (arătat și în engleză).
unchecked-title = Această traducere nu a fost verificată încă
unchecked-body = Un vorbitor nativ nu a verificat încă această traducere, așa că unele cuvinte pot fi greșite. Dacă aveți nevoie de ajutor acum:
unchecked-999 = Dacă dumneavoastră sau altcineva este în pericol acum, sunați la { $number }.
unchecked-111 = Pentru ajutor urgent privind sănătatea mintală, sunați la NHS { $number } și alegeți opțiunea pentru sănătate mintală.
unchecked-samaritans = Ca să vorbiți cu cineva oricând, sunați gratuit la Samaritans, la { $number }.
