# Routes (signposts), the services behind them, and the "because you told us…" reasons.
#
# Reasons, route summaries and "what happens next" take $perspective ("self", "other",
# "staff") and $name, like the questions. When a relative answers (other), the carer reasons
# are about the relative, so they say "you".
# A reason repeats only what was said, as strongly as it was said, about the person it was
# said of: "not sure" is never "yes", "now" is never "recently".
# Plain English, reading age about 9. Never say "not eligible".

## Routes: the title, then .short (one line under it on results), .summary and .next (what happens next)

route-urgent-safety = Get help to stay safe now
    .short = { $perspective ->
       *[self] If you are in danger now, call 999. If someone is hurting you, tell us.
        [other] If { $name } is in danger now, call 999. If someone is hurting them, tell us.
        [staff] If the caller is in danger now, call 999, then follow the safeguarding procedure.
    }
    .summary = { $perspective ->
       *[self] If you are in danger right now, call 999. If someone is hurting you, frightening you or taking your money, you can tell us. We will listen, and help you stay safe. It is not your fault.
        [other] If { $name } is in danger right now, call 999. If someone is hurting, frightening or taking money from { $name }, tell us. We will listen, and help keep them safe. It is not their fault.
        [staff] If the caller is in danger right now, call 999. If someone is hurting, frightening or taking money from them, follow the safeguarding procedure. Tell them it is not their fault.
    }
    .next = { $perspective ->
       *[self] If you call 999, the police or an ambulance will come. If you call Adult Social Care Direct, we aim to contact you within 2 hours when it is urgent. You can carry on with the questions afterwards.
        [other] If you call 999, the police or an ambulance will come. If you call Adult Social Care Direct, we aim to contact you within 2 hours when it is urgent. You can carry on with the questions afterwards.
        [staff] Raise a safeguarding concern now. Adult Social Care Direct aims to make contact within 2 hours when it is urgent.
    }

route-mental-health-crisis = Get help with how you feel, now
    .short = Call NHS 111 and choose the mental health option, day or night.
    .summary = { $perspective ->
       *[self] You do not have to cope with this alone. Call NHS 111 and choose the mental health option, day or night. Or call Samaritans free on 116 123. If your life is at risk now, call 999.
        [other] Neither of you has to cope with this alone. Call NHS 111 and choose the mental health option, day or night. Samaritans will listen, free, on 116 123. If a life is at risk now, call 999.
        [staff] Stay calm and stay with the caller. Give them NHS 111, mental health option, day or night, and Samaritans, free on 116 123. If a life is at risk now, call 999.
    }
    .next = A trained person will listen and help decide what to do next. They can ask a mental health team to help at home.

route-needs-assessment = Ask for a care and support assessment
    .short = A free talk with Adult Social Care about what is hard and what would help.
    .summary = An assessment is a talk with Adult Social Care about what is hard and what would help. It is free. Anyone who may need help can ask for one, whatever their money.
    .next = Call Adult Social Care Direct, or fill in the online self-assessment. We aim to contact you within 2 working days, or within 2 hours if it is urgent. If an assessment is needed, we aim to visit within 6 weeks, or within 24 hours if it is urgent.

route-carers-support = Help for carers
    .short = Advice, breaks and a carer's assessment for people who look after someone.
    .summary = Anyone who looks after someone without being paid can ask for a carer's assessment, even if the person they look after does not get help from us. Carers Trust Heart of England gives carers advice, a listening ear and breaks.
    .next = Call Carers Trust Heart of England or Adult Social Care Direct. A carer's assessment looks at what would help the carer. Carers can also make a plan for what happens if they are suddenly ill.

route-memory-dementia = Get help with memory worries
    .short = A memory check with a GP, and help from the Dementia Hub now.
    .summary = Memory problems have many causes, and some can be treated. Talk to a GP about a memory check. The Coventry Dementia Hub can help now, with or without a diagnosis.
    .next = The GP may do some simple checks and may refer to a memory clinic. The Dementia Hub has advice, a café and activities for people and their families.

route-reablement = Get short-term help after a hospital stay
    .short = Short-term help at home to get back to doing things after a hospital stay or illness.
    .summary = Short-term help at home can help people get back to doing things for themselves after a hospital stay or an illness. In Coventry this is called Promoting Independence.
    .next = If still in hospital, ask the ward staff about it before going home. If already home, call Adult Social Care Direct. This help is free for up to 6 weeks.

route-equipment-adaptations = Get equipment or changes to the home
    .short = Equipment and small changes that make everyday things safer and easier.
    .summary = Equipment and small changes can make everyday things safer and easier, such as grab rails, a shower seat or kitchen tools that are easier to hold. An occupational therapist can check what would help. Telecare can call for help after a fall.
    .next = Call Adult Social Care Direct. They can ask an occupational therapist to talk to you or visit. Some equipment comes from the OPAL equipment service.

route-direct-payments = Choose and arrange your own help
    .short = Money from the council to arrange help in the way you choose.
    .summary = A direct payment is money from the council to arrange help yourself, instead of help the council arranges. Many people use it to employ a personal assistant they choose, at times that suit them.
    .next = Direct payments follow a care and support assessment, or a carer's assessment; if help is already arranged, ask for a review instead. Call Adult Social Care Direct to ask. Penderels Trust can help manage a direct payment and employ a personal assistant.

route-work-and-learning = Get help with work, study or volunteering
    .short = Help to find or keep a job, to study or to volunteer.
    .summary = Disabled people and people with health conditions can get help to find or keep a job, study or volunteer. Access to Work can pay for support at work, such as equipment or a support worker.
    .next = Ask Adult Social Care Direct about supported employment and help at college. To apply for Access to Work, use the GOV.UK website.

route-mood-support = Get help with low mood, worry or stress
    .short = Talking therapies can help with low mood, worry and stress. Adults can refer themselves.
    .summary = Talking therapies can help with low mood, worry and stress. In England, adults can refer themselves to NHS Talking Therapies without seeing a GP. A GP can help too.
    .next = Find your local NHS Talking Therapies service on the NHS website and fill in the form, or talk to a GP. This is not a crisis service: if a life is at risk, call 999.

route-bereavement = Get support after someone has died
    .short = Free support for anyone who is grieving.
    .summary = Grief can be very hard, and it can affect sleep, health and everyday life. Cruse Bereavement Support gives free help to anyone who is grieving.
    .next = Call the Cruse helpline free on 0808 808 1677, or use their website to find local support.

route-community-wellbeing = Meet people and find things to do
    .short = Groups, clubs and friendly visits or calls, to feel less lonely.
    .summary = Groups, clubs, volunteering and friendly visits can help people feel less lonely. Age UK Coventry offers visits and phone calls for a chat.
    .next = Ask Adult Social Care Direct about Age UK Coventry and about groups nearby.

route-home-environment = Get help with a home that is hard to manage
    .short = Help to clear and clean a home, at a pace that suits. Nobody will judge.
    .summary = Lots of people find it hard to throw things away or keep on top of their home. Nobody will judge. Enabling Spaces helps people clear and clean their home, at their own pace.
    .next = Ask Adult Social Care Direct to get in touch with Enabling Spaces. If there are more pets than can be looked after, the RSPCA can help.

route-money-advice = Get advice about money, benefits and scams
    .short = Free advice about bills, debt, benefits and scams.
    .summary = Free advice can help with bills, debt and benefits, including benefits for carers. It can also help after a scam.
    .next = Citizens Advice gives free, private advice. Adult Social Care Direct can explain how paying for care works. If money has been lost to a scam, tell the bank straight away.

route-talk-in-confidence = Talk to someone in confidence
    .short = If you ever want to talk about any of it, you can, in confidence.
    .summary = Some questions are hard to answer, and you did not have to. If you ever want to talk about any of it, you can, in confidence.
    .next = Call Adult Social Care Direct in office hours, or Samaritans any time, day or night, free on 116 123.

route-general-advice = Talk to Adult Social Care
    .short = You can talk to us about anything, and ask for an assessment.
    .summary = The answers did not point to one service. You can still talk to us about anything. Anyone can ask for a care and support assessment, or a carer's assessment.
    .next = Call Adult Social Care Direct. We will listen and point you to the right help. If things change, you can come back and answer the questions again.

## Services: the name, then .description and, for some, .hours

# A service with no contact of its own: who to ask instead (their phone number follows).
# $service: the asked service's name.
service-ask-instead = Ask { $service } about this

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

service-domestic-abuse-helpline = National Domestic Abuse Helpline
    .description = Free, private help for anyone living with domestic abuse, from a partner, an ex-partner or a family member. On the website you can ask for a safe time to be called back.
    .hours = Any time, day or night

service-hourglass = Hourglass
    .description = A free helpline for older people who are being abused or neglected, and for anyone worried about an older person.

service-sicol-crisis-plus = Coventry mental health crisis help (SICol and Crisis Plus)
    .description = Close, practical help to get through a mental health crisis and stay at home. Ask NHS 111 or a mental health team about it.

service-carers-trust = Carers Trust Heart of England
    .description = Advice, a listening ear, groups and breaks for carers in Coventry.

service-dementia-hub = Coventry Dementia Partnership Hub
    .description = Advice, activities and the Forget Me Not Café, for people with memory worries or dementia, and their families.

service-your-gp = Your GP surgery
    .description = A GP can check memory, mood and health, and refer to a memory clinic or other help if needed.

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

service-supported-employment = Supported employment and college support
    .description = Help for disabled adults to find and keep work, study at college or volunteer.

service-access-to-work = Access to Work
    .description = A government grant that can pay for help at work, such as special equipment, a support worker or taxis to work.

service-nhs-talking-therapies = NHS Talking Therapies
    .description = Free talking therapies for adults with low mood, worry or stress. You can refer yourself without a GP. It is not a crisis service.

service-cruse = Cruse Bereavement Support
    .description = Free support for anyone grieving after someone has died.

service-citizens-advice = Citizens Advice
    .description = Free, private advice about money, debt, benefits and scams.

## Reasons: one "because you told us…" sentence per rule

reason-fallback = { $perspective ->
   *[self] The answers did not point to one service, but you can always talk to us.
    [other] The answers did not point to one service, but you can always talk to us.
    [staff] The answers did not point to one service. Offer general advice, and an assessment if the caller wants one.
    }

reason-danger-now = { $perspective ->
   *[self] You told us someone may hurt you, or you are not safe where you are, right now.
    [other] You told us someone may hurt { $name }, or they are not safe where they are, right now.
    [staff] The caller said someone may hurt them, or they are not safe where they are, right now.
    }

reason-danger-to-self = { $perspective ->
   *[self] You told us you may harm yourself or end your life, right now.
    [other] You told us { $name } may harm themselves or end their life, right now.
    [staff] The caller said they may harm themselves or end their life, right now.
    }

reason-danger-not-sure = { $perspective ->
   *[self] You were not sure if you are safe right now.
    [other] You were not sure if { $name } is safe right now.
    [staff] The caller was not sure if they are safe right now.
    }

reason-harm-by-others = { $perspective ->
   *[self] You told us someone is harming you in one or more of the ways we asked about. This is abuse, and it is not your fault.
    [other] You told us someone is harming { $name } in one or more of the ways we asked about. This is abuse.
    [staff] The caller said someone is harming them in one or more of the ways asked about. This may be abuse: follow the safeguarding procedure.
    }

reason-scam-loss = { $perspective ->
   *[self] You told us you lost money to someone who tricked you, or that it is still going on.
    [other] You told us { $name } lost money to someone who tricked them, or that it is still going on.
    [staff] The caller said they lost money to a scam, or that it is still going on.
    }

reason-self-harm-right-now = { $perspective ->
   *[self] You told us you have thoughts of ending your life or harming yourself now.
    [other] You told us you are worried { $name } is at risk of ending their life or harming themselves now.
    [staff] The caller said they have thoughts of ending their life or harming themselves now.
    }

reason-self-harm-recently = { $perspective ->
   *[self] You told us you have had thoughts of ending your life or harming yourself in the last few weeks.
    [other] You told us { $name } has talked about ending their life or harming themselves in the last few weeks.
    [staff] The caller said they have had thoughts of ending their life or harming themselves in the last few weeks.
    }

reason-self-harm-past = { $perspective ->
   *[self] You told us you have had thoughts of ending your life or harming yourself in the past, but not now. If they come back, help is there day and night.
    [other] You told us { $name } has talked about ending their life or harming themselves in the past, but not now. If this comes back, help is there day and night.
    [staff] The caller said they have had thoughts of ending their life or harming themselves in the past, but not now.
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

reason-medicines = { $perspective ->
   *[self] You told us taking medicines at the right time is hard, or needs help.
    [other] You told us taking medicines at the right time is hard for { $name }, or needs help.
    [staff] The caller said taking medicines at the right time is hard, or needs help.
    }

reason-alone-food-or-medicines = { $perspective ->
   *[self] You told us you live alone, and that taking medicines, or getting food and drink, is hard or needs help.
    [other] You told us { $name } lives alone, and that taking medicines, or getting food and drink, is hard for them or needs help.
    [staff] The caller lives alone, and taking medicines, or getting food and drink, is hard or needs help. Ask about missed meals and medicines.
    }

reason-carer-cared-for = { $perspective ->
   *[self] You told us you look after someone. The person you look after can have their own care and support assessment too.
    [other] You told us you give { $name } help they could not manage without. They can have their own care and support assessment too.
    [staff] The caller looks after someone. Offer a needs assessment for the person they look after.
    }

reason-carer-may-stop = { $perspective ->
   *[self] You told us you may not be able to carry on looking after someone. The person you look after may need other help.
    [other] You told us you may not be able to carry on looking after { $name }, who may need other help.
    [staff] The caller may not be able to carry on caring. The person they look after may need other help.
    }

reason-carer-health = { $perspective ->
   *[self] You told us looking after someone is making your own health worse, or putting it at risk.
    [other] You told us looking after someone is making your own health worse, or putting it at risk.
    [staff] The caller said caring is making their own health worse, or putting it at risk.
    }

reason-carer-outcomes = { $perspective ->
   *[self] You told us looking after someone makes it hard to do things you need or want to do.
    [other] You told us looking after someone makes it hard to do things you need or want to do.
    [staff] The caller said caring makes it hard to do things they need or want to do.
    }

reason-carer-not-coping = { $perspective ->
   *[self] You told us you are not coping with looking after someone, or may not be able to carry on.
    [other] You told us you are not coping with looking after someone, or may not be able to carry on.
    [staff] The caller said they are not coping with caring, or may not be able to carry on.
    }

reason-carer-no-backup = { $perspective ->
   *[self] You told us nobody could step in if you were ill. A plan for emergencies can help.
    [other] You told us nobody could step in if you were ill. A plan for emergencies can help.
    [staff] The caller said nobody could step in if they were ill. Offer an emergency plan for carers.
    }

reason-carer-backup-not-sure = { $perspective ->
   *[self] You were not sure whether anyone could step in if you were ill. A plan for emergencies can help.
    [other] You were not sure whether anyone could step in if you were ill. A plan for emergencies can help.
    [staff] The caller was not sure whether anyone could step in if they were ill. Offer an emergency plan for carers.
    }

reason-is-carer = { $perspective ->
   *[self] You told us you look after someone. Every carer can ask for a carer's assessment.
    [other] You told us you look after someone. Every carer can ask for a carer's assessment.
    [staff] The caller looks after someone. Every carer can ask for a carer's assessment.
    }

reason-family-helps = { $perspective ->
   *[self] You told us family, friends or neighbours help you. The person who helps you can have a carer's assessment too, for their own needs.
    [other] You told us family, friends or neighbours help { $name }. Anyone who helps them, including you, can have a carer's assessment.
    [staff] The caller gets help from family, friends or neighbours. The person who helps them can have a carer's assessment too.
    }

reason-memory-diagnosed = { $perspective ->
   *[self] You told us a doctor has said you have dementia.
    [other] You told us a doctor has said { $name } has dementia.
    [staff] The caller said a doctor has told them they have dementia.
    }

reason-memory-changes = { $perspective ->
   *[self] You told us some parts of your memory or thinking are worse than 10 years ago.
    [other] You told us some parts of the memory or thinking of { $name } are worse than 10 years ago.
    [staff] The caller said some parts of their memory or thinking are worse than 10 years ago.
    }

reason-memory-worry = { $perspective ->
   *[self] You told us you are worried about your memory or thinking.
    [other] You told us you are worried about the memory or thinking of { $name }.
    [staff] The caller is worried about their memory or thinking.
    }

reason-memory-not-sure = { $perspective ->
   *[self] You were not sure if you are worried about your memory or thinking. A GP can talk it through with you.
    [other] You were not sure if you are worried about the memory or thinking of { $name }. A GP can talk it through.
    [staff] The caller was not sure if they are worried about their memory or thinking.
    }

reason-after-hospital = { $perspective ->
   *[self] You told us you are in hospital, or that everyday things are harder since a hospital stay.
    [other] You told us { $name } is in hospital, or that everyday things are harder since a hospital stay.
    [staff] The caller is in hospital, or everyday things are harder since a hospital stay.
    }

reason-home-difficulties = { $perspective ->
   *[self] You told us some things around the home are hard for you.
    [other] You told us some things around the home are hard for { $name }.
    [staff] The caller said some things around the home are hard.
    }

reason-falls-repeated = { $perspective ->
   *[self] You told us you have fallen more than once in the last year, or fallen while living alone.
    [other] You told us { $name } has fallen more than once in the last year, or fallen while living alone.
    [staff] The caller has fallen more than once in the last year, or fallen while living alone.
    }

reason-fall-once = { $perspective ->
   *[self] You told us you had a fall in the last year.
    [other] You told us { $name } had a fall in the last year.
    [staff] The caller had a fall in the last year.
    }

reason-home-unsafe = { $perspective ->
   *[self] You told us that at least one of these is not safe for you: moving around the home, washing, or using the toilet.
    [other] You told us that at least one of these is not safe for { $name }: moving around the home, washing, or using the toilet.
    [staff] The caller said at least one of these is not safe: moving around the home, washing, or using the toilet.
    }

reason-everyday-tasks-physical = { $perspective ->
   *[self] You told us that getting food and drink, washing, using the toilet or getting dressed causes you a lot of pain, worry or upset, or takes much longer than it should. An occupational therapist can suggest equipment or easier ways.
    [other] You told us that getting food and drink, washing, using the toilet or getting dressed causes { $name } a lot of pain, worry or upset, or takes much longer than it should. An occupational therapist can suggest equipment or easier ways.
    [staff] The caller said getting food and drink, washing, using the toilet or getting dressed causes a lot of pain, worry or upset, or takes much longer than it should. Offer an occupational therapy assessment.
    }

reason-more-control = { $perspective ->
   *[self] You told us you would like more say over your help.
    [other] You told us { $name } would like more say over their help.
    [staff] The caller would like more say over their help.
    }

reason-agency-wants-control = { $perspective ->
   *[self] You told us you already get help from carers or the council, and would like more say over it. A direct payment lets you choose.
    [other] You told us { $name } already gets help from carers or the council, and would like more say over it. A direct payment lets them choose.
    [staff] The caller already gets help from carers or the council and would like more say over it. Explain direct payments.
    }

reason-has-direct-payment = { $perspective ->
   *[self] You told us you get a direct payment. There is help to manage it.
    [other] You told us { $name } gets a direct payment. There is help to manage it.
    [staff] The caller gets a direct payment. There is help to manage it.
    }

reason-work-or-learning = { $perspective ->
   *[self] You told us working, studying, training or volunteering is hard for you, or needs help.
    [other] You told us working, studying, training or volunteering is hard for { $name }, or needs help.
    [staff] The caller said working, studying, training or volunteering is hard, or needs help.
    }

reason-low-mood-often = { $perspective ->
   *[self] You told us you have felt low, sad or hopeless often, or most of the time, in the last month.
    [other] You told us { $name } has seemed low, sad or hopeless often, or most of the time, in the last month.
    [staff] The caller said they have felt low, sad or hopeless often, or most of the time, in the last month.
    }

reason-worry-often = { $perspective ->
   *[self] You told us worry has got in the way of everyday life often, or most of the time, in the last month.
    [other] You told us worry has got in the way of everyday life for { $name } often, or most of the time, in the last month.
    [staff] The caller said worry has got in the way of everyday life often, or most of the time, in the last month.
    }

reason-low-mood-sometimes = { $perspective ->
   *[self] You told us you have sometimes felt low, sad or hopeless in the last month.
    [other] You told us { $name } has sometimes seemed low, sad or hopeless in the last month.
    [staff] The caller said they have sometimes felt low, sad or hopeless in the last month.
    }

reason-self-harm-past-support = { $perspective ->
   *[self] You told us you have had thoughts of ending your life or harming yourself in the past. Talking to someone can help now.
    [other] You told us { $name } has talked about ending their life or harming themselves in the past. Talking to someone can help now.
    [staff] The caller said they have had thoughts of ending their life or harming themselves in the past. Offer talking therapies or the GP.
    }

reason-bereaved = { $perspective ->
   *[self] You told us someone close to you has died in the last year.
    [other] You told us someone close to { $name } has died in the last year.
    [staff] The caller said someone close to them has died in the last year.
    }

reason-lonely-often = { $perspective ->
   *[self] You told us you feel lonely often, or most of the time.
    [other] You told us { $name } seems lonely often, or most of the time.
    [staff] The caller said they feel lonely often, or most of the time.
    }

reason-lonely-sometimes = { $perspective ->
   *[self] You told us you sometimes feel lonely.
    [other] You told us { $name } sometimes seems lonely.
    [staff] The caller said they sometimes feel lonely.
    }

reason-community-interests = { $perspective ->
   *[self] You told us you would like help to meet people, have company or find things to do.
    [other] You told us { $name } would like help to meet people, have company or find things to do.
    [staff] The caller would like help to meet people, have company or find things to do.
    }

reason-clutter-serious = { $perspective ->
   *[self] You told us your home is so full that it is hard or unsafe to live in.
    [other] You told us the home where { $name } lives is so full that it is hard or unsafe to live in.
    [staff] The caller said their home is so full that it is hard or unsafe to live in.
    }

reason-clutter-kitchen = { $perspective ->
   *[self] You told us it is hard to cook because your home is so full. That can mean missed meals.
    [other] You told us it is hard for { $name } to cook because the home is so full. That can mean missed meals.
    [staff] The caller said it is hard to cook because the home is so full. Ask about missed meals.
    }

reason-clutter-some = { $perspective ->
   *[self] You told us some rooms in your home are hard to use because they are full.
    [other] You told us some rooms where { $name } lives are hard to use because they are full.
    [staff] The caller said some rooms are hard to use because they are full.
    }

reason-money-worries = { $perspective ->
   *[self] You told us you are worried about money.
    [other] You told us there are worries about money for { $name }.
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

reason-declined = { $perspective ->
   *[self] You chose not to answer some questions. That is fine.
    [other] You chose not to answer some questions. That is fine.
    [staff] The caller chose not to answer some questions. Offer a talk in confidence.
    }

reason-under-18 = { $perspective ->
   *[self] You told us you are under 18. We can put you in touch with help for young people.
    [other] You told us { $name } is under 18. We can put you in touch with help for young people.
    [staff] The caller is under 18. Put them in touch with children's services.
    }
