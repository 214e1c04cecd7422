# Routes (signposts), the services behind them, and the "because you told us…" reasons.
#
# Reasons take $perspective ("self", "other", "staff") and $name, like the questions. When a
# relative answers (other), the carer reasons are about the relative, so they say "you".
# Plain English, reading age about 9. Never say "not eligible".

## Routes: the title, then .summary and .next (what happens next)

route-urgent-safety = Get help to stay safe now
    .summary = If someone is in danger right now, call 999. If someone is hurting, frightening or taking money from you or someone you know, tell us. We will listen, and help keep them safe. It is not their fault.
    .next = If you call 999, the police or an ambulance will come. If you call Adult Social Care Direct, we aim to contact you within 2 hours when it is urgent. You can carry on with the questions afterwards.

route-mental-health-crisis = Get help with how you feel, now
    .summary = You do not have to cope with this alone. Call NHS 111 and choose the mental health option, day or night. Or call Samaritans free on 116 123. If a life is at risk now, call 999.
    .next = A trained person will listen and help you decide what to do next. They can ask a mental health team to help you at home.

route-needs-assessment = Ask for a care and support assessment
    .summary = An assessment is a talk with Adult Social Care about what is hard and what would help. It is free. Anyone who may need help can ask for one, whatever their money.
    .next = Call Adult Social Care Direct, or fill in the online self-assessment. We will contact you within 2 working days. If an assessment is needed, we aim to visit within 6 weeks, or within 24 hours if it is urgent.

route-carers-support = Get help as a carer
    .summary = Looking after someone can be hard. You can ask for a carer's assessment, even if the person you look after does not get help from us. Carers Trust Heart of England gives advice, a listening ear and breaks.
    .next = Call Carers Trust Heart of England or Adult Social Care Direct. A carer's assessment looks at what would help you. You can also make a plan for what happens if you are suddenly ill.

route-memory-dementia = Get help with memory worries
    .summary = Memory problems have many causes, and some can be treated. Talk to a GP about a memory check. The Coventry Dementia Hub can help now, with or without a diagnosis.
    .next = The GP may do some simple checks and may refer you to a memory clinic. The Dementia Hub has advice, a café and activities for people and their families.

route-reablement = Get short-term help after a hospital stay
    .summary = Short-term help at home can help you get back to doing things for yourself after a hospital stay or an illness. In Coventry this is called Promoting Independence.
    .next = If you are still in hospital, ask the ward staff about it before you go home. If you are already home, call Adult Social Care Direct. This help is free for up to 6 weeks.

route-equipment-adaptations = Get equipment or changes to the home
    .summary = Equipment and small changes can make home safer and easier, such as grab rails or a shower seat. An occupational therapist can check what would help. Telecare can call for help if you fall.
    .next = Call Adult Social Care Direct. They can ask an occupational therapist to talk to you or visit. Some equipment comes from the OPAL equipment service.

route-direct-payments = Choose and arrange your own help
    .summary = A direct payment is money from the council to arrange your own help. Many people use it to employ a personal assistant they choose, at times that suit them.
    .next = You need a care and support assessment, or a carer's assessment, first. Call Adult Social Care Direct to ask. Penderels Trust can help you manage a direct payment and employ a personal assistant.

route-community-wellbeing = Meet people and find things to do
    .summary = Groups, clubs, volunteering and friendly visits can help people feel less lonely. Age UK Coventry offers visits and phone calls for a chat.
    .next = Contact Age UK Coventry, or ask Adult Social Care Direct about groups near you. If you often feel low or worried, a GP can help too.

route-home-environment = Get help with a home that is hard to manage
    .summary = Lots of people find it hard to throw things away or keep on top of their home. Nobody will judge you. Enabling Spaces helps people clear and clean their home, at their own pace.
    .next = Ask Adult Social Care Direct to put you in touch with Enabling Spaces. If there are more pets than can be looked after, the RSPCA can help.

route-money-advice = Get advice about money, benefits and scams
    .summary = Free advice can help with bills, debt and benefits, including benefits for carers. It can also help after a scam.
    .next = Citizens Advice gives free, private advice. Adult Social Care Direct can tell you how paying for care works. If you have lost money to a scam, tell your bank straight away.

route-general-advice = Talk to Adult Social Care
    .summary = Your answers did not point to one service. You can still talk to us about anything. You can always ask for a care and support assessment, or a carer's assessment.
    .next = Call Adult Social Care Direct. We will listen and point you to the right help. If things change, you can come back and answer the questions again.

## Services: the name, then .description and, for some, .hours

service-asc-direct = Adult Social Care Direct, Coventry City Council
    .description = Ask for an assessment, a carer's assessment or equipment. Tell us if you are worried that someone is being abused or neglected.

service-emergency-999 = Emergency services (999)
    .description = Call 999 if a life is in danger or a crime is happening now. You can call from a locked mobile phone.
    .hours = Any time, day or night

service-police-101 = Police, when it is not an emergency (101)
    .description = Report a crime, a scam or a worry about someone's safety, when nobody is in danger right now.
    .hours = Any time, day or night

service-nhs-111-mental-health = NHS 111, mental health option
    .description = Call 111 and choose the mental health option to talk to a mental health worker. It is free.
    .hours = Any time, day or night

service-samaritans = Samaritans
    .description = Talk to someone who will listen, about anything. It is free, and the call does not show on your phone bill.
    .hours = Any time, day or night

service-sicol-crisis-plus = Coventry mental health crisis help (SICol and Crisis Plus)
    .description = Close, practical help to get through a mental health crisis and stay at home. Ask NHS 111 or a mental health team about it.

service-carers-trust = Carers Trust Heart of England
    .description = Advice, a listening ear, groups and breaks for carers in Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Advice, activities and the Forget Me Not Café, for people with memory worries or dementia, and their families.

service-your-gp = Your GP surgery
    .description = A GP can check memory and health, and refer to a memory clinic if needed.

service-promoting-independence = Promoting Independence
    .description = Short-term help at home from Coventry City Council, to do things for yourself again. Ask through Adult Social Care Direct.

service-occupational-therapy = Occupational therapy and OPAL equipment
    .description = An occupational therapist looks at what is hard at home and what would help, such as equipment or changes to the home. Ask through Adult Social Care Direct.

service-telecare = Telecare
    .description = Alarms and sensors that call for help if you fall or need help at home. Ask through Adult Social Care Direct.

service-penderels-trust = Penderels Trust
    .description = Help to manage a direct payment and to employ a personal assistant.

service-age-uk-coventry = Age UK Coventry
    .description = Friendly visits, phone calls and company for older people.

service-enabling-spaces = Enabling Spaces
    .description = Help to clear, clean and keep on top of a home, at your own pace.

service-rspca = RSPCA
    .description = Help when there are more animals in a home than can be looked after.

service-citizens-advice = Citizens Advice
    .description = Free, private advice about money, debt, benefits and scams.

## Reasons: one "because you told us…" sentence per rule

reason-fallback = { $perspective ->
   *[self] Your answers did not point to one service, but you can always talk to us.
    [other] Your answers did not point to one service, but you can always talk to us.
    [staff] The answers did not point to one service. Offer general advice, and an assessment if the caller wants one.
    }

reason-danger-now = { $perspective ->
   *[self] You told us you are in danger right now.
    [other] You told us { $name } is in danger right now.
    [staff] The caller said they are in danger right now.
    }

reason-danger-not-sure = { $perspective ->
   *[self] You told us you are not sure if you are safe right now.
    [other] You told us you are not sure if { $name } is safe right now.
    [staff] The caller is not sure if they are safe right now.
    }

reason-harm-by-others = { $perspective ->
   *[self] You told us someone is hurting, frightening, neglecting or taking from you. This is abuse, and it is not your fault.
    [other] You told us someone is hurting, frightening, neglecting or taking from { $name }. This is abuse.
    [staff] The caller said someone is hurting, frightening, neglecting or taking from them. This may be abuse: follow the safeguarding procedure.
    }

reason-scam-loss = { $perspective ->
   *[self] You told us you lost money to someone who tricked you, or that it is still going on.
    [other] You told us { $name } lost money to someone who tricked them, or that it is still going on.
    [staff] The caller said they lost money to a scam, or that it is still going on.
    }

reason-self-harm-now = { $perspective ->
   *[self] You told us you have had thoughts of ending your life or harming yourself recently.
    [other] You told us { $name } has talked about ending their life or harming themselves recently.
    [staff] The caller said they have had thoughts of ending their life or harming themselves recently.
    }

reason-self-harm-past = { $perspective ->
   *[self] You told us you have had thoughts of ending your life or harming yourself in the past. If they come back, help is there day and night.
    [other] You told us { $name } has talked about ending their life or harming themselves in the past. If this comes back, help is there day and night.
    [staff] The caller said they have had thoughts of ending their life or harming themselves in the past.
    }

reason-outcomes-two-or-more = { $perspective ->
   *[self] You told us that two or more everyday things are hard or need help. An assessment is likely to help.
    [other] You told us that two or more everyday things are hard for { $name } or need help. An assessment is likely to help.
    [staff] The caller said two or more everyday things are hard or need help. Offer a needs assessment.
    }

reason-outcome-any = { $perspective ->
   *[self] You told us that something in everyday life is hard or needs help.
    [other] You told us that something in everyday life is hard for { $name } or needs help.
    [staff] The caller said something in everyday life is hard or needs help.
    }

reason-alone-without-help = { $perspective ->
   *[self] You told us you live alone, nobody helps you now, and something in everyday life is hard.
    [other] You told us { $name } lives alone, nobody helps them now, and something in everyday life is hard.
    [staff] The caller lives alone, nobody helps them now, and something in everyday life is hard.
    }

reason-carer-may-stop = { $perspective ->
   *[self] You told us you may not be able to carry on looking after someone. The person you look after may need other help.
    [other] You told us you may not be able to carry on looking after { $name }, who may need other help.
    [staff] The caller may not be able to carry on caring. The person they look after may need other help.
    }

reason-carer-health = { $perspective ->
   *[self] You told us looking after someone is harming your own health, or putting it at risk.
    [other] You told us looking after someone is harming your own health, or putting it at risk.
    [staff] The caller said caring is harming their own health, or putting it at risk.
    }

reason-carer-outcomes = { $perspective ->
   *[self] You told us looking after someone makes it hard to do things you need or want to do.
    [other] You told us looking after someone makes it hard to do things you need or want to do.
    [staff] The caller said caring makes it hard to do things they need or want to do.
    }

reason-carer-not-coping = { $perspective ->
   *[self] You told us you are not coping with looking after someone.
    [other] You told us you are not coping with looking after someone.
    [staff] The caller said they are not coping with caring.
    }

reason-carer-no-backup = { $perspective ->
   *[self] You told us nobody could step in if you were ill. A plan for emergencies can help.
    [other] You told us nobody could step in if you were ill. A plan for emergencies can help.
    [staff] The caller said nobody could step in if they were ill. Offer an emergency plan for carers.
    }

reason-is-carer = { $perspective ->
   *[self] You told us you look after someone. Every carer can ask for a carer's assessment.
    [other] You told us you look after someone. Every carer can ask for a carer's assessment.
    [staff] The caller looks after someone. Every carer can ask for a carer's assessment.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] You told us a doctor has said you have dementia.
    [other] You told us a doctor has said { $name } has dementia.
    [staff] The caller said a doctor has told them they have dementia.
    }

reason-memory-changes = { $perspective ->
   *[self] You told us your memory or thinking is worse than 10 years ago.
    [other] You told us the memory or thinking of { $name } is worse than 10 years ago.
    [staff] The caller said their memory or thinking is worse than 10 years ago.
    }

reason-memory-worry = { $perspective ->
   *[self] You told us you are worried about your memory or thinking.
    [other] You told us you are worried about the memory or thinking of { $name }.
    [staff] The caller is worried about their memory or thinking.
    }

reason-after-hospital = { $perspective ->
   *[self] You told us you are in hospital, or that everyday things are harder since a hospital stay.
    [other] You told us { $name } is in hospital, or that everyday things are harder since a hospital stay.
    [staff] The caller is in hospital, or everyday things are harder since a hospital stay.
    }

reason-home-difficulties = { $perspective ->
   *[self] You told us some things at home are hard, such as stairs, the bath or getting out of a chair.
    [other] You told us some things at home are hard for { $name }, such as stairs, the bath or getting out of a chair.
    [staff] The caller said some things at home are hard, such as stairs, the bath or getting out of a chair.
    }

reason-falls-repeated = { $perspective ->
   *[self] You told us you have fallen more than once, or fallen while living alone.
    [other] You told us { $name } has fallen more than once, or fallen while living alone.
    [staff] The caller has fallen more than once, or fallen while living alone.
    }

reason-fall-once = { $perspective ->
   *[self] You told us you had a fall in the last year.
    [other] You told us { $name } had a fall in the last year.
    [staff] The caller had a fall in the last year.
    }

reason-home-unsafe = { $perspective ->
   *[self] You told us that moving around the home, washing or using the toilet is not safe.
    [other] You told us that moving around the home, washing or using the toilet is not safe for { $name }.
    [staff] The caller said moving around the home, washing or using the toilet is not safe.
    }

reason-more-control = { $perspective ->
   *[self] You told us you want more say over who helps you and when.
    [other] You told us { $name } wants more say over who helps them and when.
    [staff] The caller wants more say over who helps them and when.
    }

reason-has-direct-payment = { $perspective ->
   *[self] You told us you get a direct payment. There is help to manage it.
    [other] You told us { $name } gets a direct payment. There is help to manage it.
    [staff] The caller gets a direct payment. There is help to manage it.
    }

reason-lonely-often = { $perspective ->
   *[self] You told us you often feel lonely.
    [other] You told us { $name } often seems lonely.
    [staff] The caller said they often feel lonely.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] You told us you sometimes feel lonely.
    [other] You told us { $name } sometimes seems lonely.
    [staff] The caller said they sometimes feel lonely.
    }

reason-community-interests = { $perspective ->
   *[self] You told us you would like to meet people or find things to do.
    [other] You told us { $name } would like to meet people or find things to do.
    [staff] The caller would like to meet people or find things to do.
    }

reason-low-mood-or-worry = { $perspective ->
   *[self] You told us you often feel low or worried.
    [other] You told us { $name } often seems low or worried.
    [staff] The caller said they often feel low or worried.
    }

reason-clutter-serious = { $perspective ->
   *[self] You told us your home is so full that it is hard or unsafe to use.
    [other] You told us the home where { $name } lives is so full that it is hard or unsafe to use.
    [staff] The caller said their home is so full that it is hard or unsafe to use.
    }

reason-clutter-some = { $perspective ->
   *[self] You told us some rooms in your home are hard to use because they are full.
    [other] You told us some rooms are hard to use because they are full.
    [staff] The caller said some rooms are hard to use because they are full.
    }

reason-money-worries = { $perspective ->
   *[self] You told us you are worried about money.
    [other] You told us { $name } is worried about money.
    [staff] The caller is worried about money.
    }

reason-scam = { $perspective ->
   *[self] You told us someone tricked you, or tried to trick you, out of money.
    [other] You told us someone tricked { $name }, or tried to, out of money.
    [staff] The caller said someone tricked them, or tried to, out of money.
    }

reason-caring-35-hours = { $perspective ->
   *[self] You told us you care for 35 hours a week or more. You may be able to get Carer's Allowance.
    [other] You told us you care for 35 hours a week or more. You may be able to get Carer's Allowance.
    [staff] The caller cares for 35 hours a week or more. They may be able to get Carer's Allowance.
    }

reason-under-18 = { $perspective ->
   *[self] You told us you are under 18. We can put you in touch with help for young people.
    [other] You told us { $name } is under 18. We can put you in touch with help for young people.
    [staff] The caller is under 18. Put them in touch with children's services.
    }
