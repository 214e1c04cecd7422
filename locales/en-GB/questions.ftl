# Questions, sections and answer options (British English, the source language).
#
# Every question takes $perspective: "self" (the person answers), "other" (a relative or
# friend answers about $name) or "staff" (a call handler reads it out). $name is a first name
# or "the person you help", so a sentence never starts with it.
#
# Plain English, reading age about 9. No "please". Say "help", not "support package".

## Sections

section-about = About you
section-safety = Your safety
section-daily-life = Everyday life
section-home = Your home
section-memory = Memory and thinking
section-mood = How you feel
section-caring = Looking after someone
section-control = The help you get
section-community = People and money
section-more = Anything else

## Shared answer options

options-yes-no = Yes, no or not sure
    .yes = Yes
    .no = No
    .not-sure = Not sure

options-frequency = How often
    .never = Never
    .sometimes = Sometimes
    .often = Often
    .always = All or most of the time

# The Care Act ways of being "unable to achieve" something, in plain words.
options-outcome = How it affects you
    .manage-fine = { $perspective ->
       *[self] I manage this fine
        [other] They manage this fine
        [staff] You manage this fine
    }
    .cannot-without-help = { $perspective ->
       *[self] I cannot do it without help, or someone has to remind me
        [other] They cannot do it without help, or someone has to remind them
        [staff] You cannot do it without help, or someone has to remind you
    }
    .pain-or-distress = { $perspective ->
       *[self] I can do it, but it causes me a lot of pain, worry or upset
        [other] They can do it, but it causes them a lot of pain, worry or upset
        [staff] You can do it, but it causes you a lot of pain, worry or upset
    }
    .unsafe = { $perspective ->
       *[self] I can do it, but it is not safe for me or for others
        [other] They can do it, but it is not safe for them or for others
        [staff] You can do it, but it is not safe for you or for others
    }
    .takes-much-longer = { $perspective ->
       *[self] I can do it, but it takes me much longer than it should
        [other] They can do it, but it takes them much longer than it should
        [staff] You can do it, but it takes you much longer than it should
    }

# Added by `decline = true` to questions people may not want to answer. It is an answer of
# its own, never read as "no".
options-decline = Prefer not to say
    .prefer-not-to-say = Prefer not to say

options-compared = Compared with 10 years ago
    .better = Better
    .about-the-same = About the same
    .a-bit-worse = A bit worse
    .much-worse = Much worse
    .dont-know = Not sure

## About you

q-age-band = { $perspective ->
   *[self] How old are you?
    [other] How old is { $name }?
    [staff] Ask the caller: How old are you?
    }
    .under-18 = Under 18
    .age-18-to-25 = 18 to 25
    .age-26-to-64 = 26 to 64
    .age-65-to-74 = 65 to 74
    .age-75-to-84 = 75 to 84
    .age-85-plus = 85 or older

q-lives-alone = { $perspective ->
   *[self] Do you live alone?
    [other] Does { $name } live alone?
    [staff] Ask the caller: Do you live alone?
    }

## Your safety

q-danger-now = { $perspective ->
   *[self] Are you in danger right now?
    [other] Is { $name } in danger right now?
    [staff] Ask the caller: Are you in danger right now?
    }
    .hint = { $perspective ->
       *[self] Danger can come from someone else, from where you are, or from your own thoughts. If you tell us, we will show you who can help straight away.
        [other] Danger can come from someone else, from where they are, or from their own thoughts. If you tell us, we will show you who can help straight away.
        [staff] Ask this first, calmly. Danger can come from someone else, from where they are, or from their own thoughts. If a life is at risk, call 999 now.
    }
    .yes = { $perspective ->
       *[self] Yes, someone may hurt me, or I am not safe where I am
        [other] Yes, someone may hurt them, or they are not safe where they are
        [staff] Yes, someone may hurt you, or you are not safe where you are
    }
    .yes-myself = { $perspective ->
       *[self] Yes, I may harm myself or end my life
        [other] Yes, they may harm themselves or end their life
        [staff] Yes, you may harm yourself or end your life
    }
    .no = No
    .not-sure = Not sure

q-self-harm = { $perspective ->
   *[self] Have you had thoughts of ending your life or harming yourself?
    [other] Has { $name } talked about ending their life or harming themselves?
    [staff] Ask the caller: Have you had thoughts of ending your life or harming yourself?
    }
    .hint = { $perspective ->
       *[self] We ask everyone this, because it matters. It is OK to tell us. If you do, we will show you who can help straight away.
        [other] We ask everyone this, because it matters. It is OK to tell us. If you do, we will show you who can help straight away.
        [staff] We ask every caller this. Ask it plainly and calmly. If a life is at risk now, call 999.
    }
    .no = No
    .in-the-past = Yes, in the past, but not now
    .recently = Yes, in the last few weeks
    .right-now = { $perspective ->
       *[self] Yes, I feel like this now
        [other] Yes, and I am worried they are at risk now
        [staff] Yes, and you feel like this now
    }

q-harm-by-others = { $perspective ->
   *[self] Is anyone doing any of these things to you?
    [other] Is anyone doing any of these things to { $name }?
    [staff] Ask the caller: Is anyone doing any of these things to you?
    }
    .hint = { $perspective ->
       *[self] It could be a partner, a relative, a carer or someone else. Choose all that apply.
        [other] It could be a partner, a relative, a carer or someone else. Choose all that apply.
        [staff] It could be a partner, a relative, a carer or someone else. Read out the list.
    }
    .hurting = Hitting, pushing or hurting
    .frightening = Threatening, frightening or controlling
    .taking-money = Taking or controlling money or belongings without agreement
    .sexual = Touching or doing sexual things without agreement
    .neglect = Not giving the care or help they should give
    .forced-work = Making someone work for little or no pay
    .none = None of these

q-scam = { $perspective ->
   *[self] In the last year, has anyone tricked you, or tried to trick you, out of money?
    [other] In the last year, has anyone tricked { $name }, or tried to trick them, out of money?
    [staff] Ask the caller: In the last year, has anyone tricked you, or tried to trick you, out of money?
    }
    .hint = { $perspective ->
       *[self] For example, at the door, on the phone, by post or online.
        [other] For example, at the door, on the phone, by post or online.
        [staff] Give examples: at the door, on the phone, by post or online.
    }
    .no = No
    .tried = { $perspective ->
       *[self] Someone tried, but I did not lose money
        [other] Someone tried, but they did not lose money
        [staff] Someone tried, but you did not lose money
    }
    .lost-money = { $perspective ->
       *[self] Yes, I lost money or gave out my bank details
        [other] Yes, they lost money or gave out their bank details
        [staff] Yes, you lost money or gave out your bank details
    }
    .still-happening = Yes, and it is still going on

## Everyday life

q-daily-life = { $perspective ->
   *[self] Which of these do you find hard, or need help with?
    [other] Which of these does { $name } find hard, or need help with?
    [staff] Ask the caller: Which of these do you find hard, or need help with?
    }
    .hint = { $perspective ->
       *[self] Choose all that apply. Include things someone else does for you now.
        [other] Choose all that apply. Include things you or others do for them now.
        [staff] Read out the list. Include things someone else does for them now.
    }
    .meals = Getting food and drink
    .washing = Washing and keeping clean
    .toilet = Using the toilet
    .dressing = Getting dressed
    .moving-around = Moving around the home safely
    .housework = Keeping the home clean and safe to live in
    .relationships = Seeing family and friends
    .work-or-learning = Working, studying, training or volunteering
    .getting-out = Going out, such as to the shops, the doctor or on the bus
    .child-care = { $perspective ->
       *[self] Looking after a child you are responsible for
        [other] Looking after a child they are responsible for
        [staff] Looking after a child you are responsible for
    }
    .medicines = Taking medicines at the right time
    .none = None of these

q-meals = { $perspective ->
   *[self] Getting food and drink: which of these is true for you?
    [other] Getting food and drink: which of these is true for { $name }?
    [staff] Ask the caller about getting food and drink: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about shopping, making meals, eating and drinking. Choose all that apply.
        [other] Think about shopping, making meals, eating and drinking. Choose all that apply.
        [staff] Ask about shopping, making meals, eating and drinking. Choose all that apply.
    }

q-washing = { $perspective ->
   *[self] Washing and keeping clean: which of these is true for you?
    [other] Washing and keeping clean: which of these is true for { $name }?
    [staff] Ask the caller about washing and keeping clean: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about washing, bathing, brushing teeth and doing hair. Choose all that apply.
        [other] Think about washing, bathing, brushing teeth and doing hair. Choose all that apply.
        [staff] Ask about washing, bathing, brushing teeth and doing hair. Choose all that apply.
    }

q-toilet = { $perspective ->
   *[self] Using the toilet: which of these is true for you?
    [other] Using the toilet: which of these is true for { $name }?
    [staff] Ask the caller about using the toilet: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about getting there in time, and keeping clean after. Choose all that apply.
        [other] Think about getting there in time, and keeping clean after. Choose all that apply.
        [staff] Ask about getting there in time, and keeping clean after. Choose all that apply.
    }

q-dressing = { $perspective ->
   *[self] Getting dressed: which of these is true for you?
    [other] Getting dressed: which of these is true for { $name }?
    [staff] Ask the caller about getting dressed: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about buttons and zips, putting clothes on, and choosing clothes for the weather. Choose all that apply.
        [other] Think about buttons and zips, putting clothes on, and choosing clothes for the weather. Choose all that apply.
        [staff] Ask about buttons and zips, putting clothes on, and choosing clothes for the weather. Choose all that apply.
    }

q-moving-around = { $perspective ->
   *[self] Moving around the home safely: which of these is true for you?
    [other] Moving around the home safely: which of these is true for { $name }?
    [staff] Ask the caller about moving around the home safely: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about getting from room to room, and using the kitchen and bathroom. Choose all that apply.
        [other] Think about getting from room to room, and using the kitchen and bathroom. Choose all that apply.
        [staff] Ask about getting from room to room, and using the kitchen and bathroom. Choose all that apply.
    }

q-housework = { $perspective ->
   *[self] Keeping the home clean and safe to live in: which of these is true for you?
    [other] Keeping the home clean and safe to live in: which of these is true for { $name }?
    [staff] Ask the caller about keeping the home clean and safe: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about cleaning, washing clothes, heating and paying bills. Choose all that apply.
        [other] Think about cleaning, washing clothes, heating and paying bills. Choose all that apply.
        [staff] Ask about cleaning, washing clothes, heating and paying bills. Choose all that apply.
    }

q-relationships = { $perspective ->
   *[self] Seeing family and friends: which of these is true for you?
    [other] Seeing family and friends: which of these is true for { $name }?
    [staff] Ask the caller about seeing family and friends: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about keeping in touch, and making new friends. Choose all that apply.
        [other] Think about keeping in touch, and making new friends. Choose all that apply.
        [staff] Ask about keeping in touch, and making new friends. Choose all that apply.
    }

q-work-or-learning = { $perspective ->
   *[self] Working, studying, training or volunteering: which of these is true for you?
    [other] Working, studying, training or volunteering: which of these is true for { $name }?
    [staff] Ask the caller about working, studying, training or volunteering: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Only think about the things you want to do. Choose all that apply.
        [other] Only think about the things they want to do. Choose all that apply.
        [staff] Ask only about the things the caller wants to do. Choose all that apply.
    }

q-getting-out = { $perspective ->
   *[self] Going out: which of these is true for you?
    [other] Going out: which of these is true for { $name }?
    [staff] Ask the caller about going out: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about shops, the doctor, the library, buses and taxis. Choose all that apply.
        [other] Think about shops, the doctor, the library, buses and taxis. Choose all that apply.
        [staff] Ask about shops, the doctor, the library, buses and taxis. Choose all that apply.
    }

q-child-care = { $perspective ->
   *[self] Looking after a child: which of these is true for you?
    [other] Looking after a child: which of these is true for { $name }?
    [staff] Ask the caller about looking after a child: which of these is true?
    }
    .hint = { $perspective ->
       *[self] Think about getting them to school, feeding them and keeping them safe. Choose all that apply.
        [other] Think about getting them to school, feeding them and keeping them safe. Choose all that apply.
        [staff] Ask about getting the child to school, feeding them and keeping them safe. Choose all that apply.
    }

## Your home

q-home-difficulties = { $perspective ->
   *[self] At home, is any of these hard for you?
    [other] At home, is any of these hard for { $name }?
    [staff] Ask the caller: At home, is any of these hard for you?
    }
    .hint = { $perspective ->
       *[self] Choose all that apply.
        [other] Choose all that apply.
        [staff] Read out the list. Choose all that apply.
    }
    .stairs = Going up and down the stairs
    .bath-or-shower = Getting in and out of the bath or shower
    .bed-or-chair = Getting in and out of bed or a chair
    .front-door = Getting in and out of the home
    .reaching = Reaching things, or carrying things from room to room
    .none = None of these

q-falls = { $perspective ->
   *[self] Have you had a fall in the last year?
    [other] Has { $name } had a fall in the last year?
    [staff] Ask the caller: Have you had a fall in the last year?
    }
    .no = No
    .once = Yes, once
    .more-than-once = Yes, more than once

q-hospital = { $perspective ->
   *[self] Have you been in hospital in the last 3 months?
    [other] Has { $name } been in hospital in the last 3 months?
    [staff] Ask the caller: Have you been in hospital in the last 3 months?
    }
    .no = No
    .in-hospital-now = { $perspective ->
       *[self] Yes, I am in hospital now
        [other] Yes, they are in hospital now
        [staff] Yes, you are in hospital now
    }
    .home-harder = { $perspective ->
       *[self] Yes, and everyday things are harder since I came home
        [other] Yes, and everyday things are harder since they came home
        [staff] Yes, and everyday things are harder since you came home
    }
    .home-managing = { $perspective ->
       *[self] Yes, and I manage as well as before
        [other] Yes, and they manage as well as before
        [staff] Yes, and you manage as well as before
    }

q-clutter = { $perspective ->
   *[self] Is your home so full of things that some rooms are hard to use?
    [other] Is the home where { $name } lives so full of things that some rooms are hard to use?
    [staff] Ask the caller: Is your home so full of things that some rooms are hard to use?
    }
    .hint = { $perspective ->
       *[self] Many people find it hard to throw things away. We ask so we can point you to the right help.
        [other] Many people find it hard to throw things away. We ask so we can point you to the right help.
        [staff] Say that many people find it hard to throw things away, and that we ask only to find the right help.
    }
    .no = No
    .some-rooms = Yes, some rooms
    .most-rooms = Yes, most rooms

q-clutter-effects = { $perspective ->
   *[self] Because of this, do any of these happen?
    [other] Because of this, do any of these happen to { $name }?
    [staff] Ask the caller: Because of this, do any of these happen?
    }
    .cannot-cook = It is hard to cook
    .cannot-wash = It is hard to wash
    .cannot-use-bed = It is hard to sleep in a bed
    .blocked-exits = It would be hard to get out quickly in a fire
    .pests-or-smells = There are pests, mould or bad smells
    .too-many-animals = There are more pets than can be looked after
    .none = None of these

## Memory and thinking
# Our own questions on the NHS early signs of dementia, put the way the Short IQCODE does.

q-memory-worry = { $perspective ->
   *[self] Are you worried about your memory or thinking?
    [other] Are you worried about the memory or thinking of { $name }?
    [staff] Ask the caller: Are you worried about your memory or thinking?
    }
    .no = No
    .not-sure = Not sure
    .yes = Yes
    .diagnosed = { $perspective ->
       *[self] A doctor has already told me I have dementia
        [other] A doctor has already told them they have dementia
        [staff] A doctor has already told you that you have dementia
    }

q-memory-recent = { $perspective ->
   *[self] Compared with 10 years ago, how good are you at remembering things that happened recently?
    [other] Compared with 10 years ago, how good is { $name } at remembering things that happened recently?
    [staff] Ask the caller: Compared with 10 years ago, how good are you at remembering things that happened recently?
    }

q-memory-words = { $perspective ->
   *[self] Compared with 10 years ago, how good are you at following a conversation and finding the right word?
    [other] Compared with 10 years ago, how good is { $name } at following a conversation and finding the right word?
    [staff] Ask the caller: Compared with 10 years ago, how good are you at following a conversation and finding the right word?
    }

q-memory-day-date = { $perspective ->
   *[self] Compared with 10 years ago, how good are you at knowing what day and month it is?
    [other] Compared with 10 years ago, how good is { $name } at knowing what day and month it is?
    [staff] Ask the caller: Compared with 10 years ago, how good are you at knowing what day and month it is?
    }

q-memory-money = { $perspective ->
   *[self] Compared with 10 years ago, how good are you at handling money when you shop?
    [other] Compared with 10 years ago, how good is { $name } at handling money when they shop?
    [staff] Ask the caller: Compared with 10 years ago, how good are you at handling money when you shop?
    }
    .hint = { $perspective ->
       *[self] For example, paying the right amount and checking the change.
        [other] For example, paying the right amount and checking the change.
        [staff] Give an example: paying the right amount and checking the change.
    }

## How you feel

q-low-mood = { $perspective ->
   *[self] In the last month, how often have you felt low, sad or hopeless?
    [other] In the last month, how often has { $name } seemed low, sad or hopeless?
    [staff] Ask the caller: In the last month, how often have you felt low, sad or hopeless?
    }

q-worry = { $perspective ->
   *[self] In the last month, how often has worry got in the way of everyday life?
    [other] In the last month, how often has worry got in the way of everyday life for { $name }?
    [staff] Ask the caller: In the last month, how often has worry got in the way of everyday life?
    }

q-bereaved = { $perspective ->
   *[self] In the last year, has someone close to you died?
    [other] In the last year, has someone close to { $name } died?
    [staff] Ask the caller: In the last year, has someone close to you died?
    }
    .yes = Yes
    .no = No

## Looking after someone
# When a relative answers (other), these questions are about the relative, not $name.

q-is-carer = { $perspective ->
   *[self] Do you look after someone who could not manage without your help?
    [other] Do you give { $name } help that they could not manage without?
    [staff] Ask the caller: Do you look after someone who could not manage without your help?
    }
    .hint = { $perspective ->
       *[self] For example, a partner, a parent, a child or a friend. You are a carer even if you are family and are not paid.
        [other] The next questions are about you. You are a carer even if you are family and are not paid.
        [staff] For example, a partner, a parent, a child or a friend. They are a carer even if they are family and are not paid.
    }

q-cared-for = { $perspective ->
   *[self] Who do you look after?
    [other] Who do you look after? Include { $name }.
    [staff] Ask the caller: Who do you look after?
    }
    .partner = { $perspective ->
       *[self] My husband, wife or partner
        [other] My husband, wife or partner
        [staff] Your husband, wife or partner
    }
    .parent = { $perspective ->
       *[self] My mum or dad
        [other] My mum or dad
        [staff] Your mum or dad
    }
    .son-or-daughter = { $perspective ->
       *[self] My son or daughter
        [other] My son or daughter
        [staff] Your son or daughter
    }
    .other-relative = Another relative
    .friend-or-neighbour = A friend or neighbour

q-caring-hours = { $perspective ->
   *[self] How many hours a week do you spend looking after someone?
    [other] How many hours a week do you spend looking after someone?
    [staff] Ask the caller: How many hours a week do you spend looking after someone?
    }
    .hint = { $perspective ->
       *[self] Count all the people you look after. Include time at night.
        [other] Count all the people you look after. Include time at night.
        [staff] Ask them to count everyone they look after, and to include time at night.
    }
    .under-20 = Less than 20 hours
    .from-20-to-34 = 20 to 34 hours
    .from-35-to-49 = 35 to 49 hours
    .from-50 = 50 hours or more

q-carer-health = { $perspective ->
   *[self] Is looking after someone making your own health worse, or putting it at risk?
    [other] Is looking after someone making your own health worse, or putting it at risk?
    [staff] Ask the caller: Is looking after someone making your own health worse, or putting it at risk?
    }
    .hint = { $perspective ->
       *[self] This means your body or your mind.
        [other] This means your body or your mind.
        [staff] This means their body or their mind.
    }

q-carer-life = { $perspective ->
   *[self] Because you look after someone, which of these do you struggle with?
    [other] Because you look after someone, which of these do you struggle with?
    [staff] Ask the caller: Because you look after someone, which of these do you struggle with?
    }
    .hint = { $perspective ->
       *[self] Choose the things you cannot do, or can only do with a lot of stress. Choose all that apply.
        [other] Choose the things you cannot do, or can only do with a lot of stress. Choose all that apply.
        [staff] Read out the list. Choose the things they cannot do, or can only do with a lot of stress.
    }
    .sleep = Getting enough sleep
    .eat-well = Eating well
    .look-after-home = Looking after your home
    .care-for-others = Looking after children or other people
    .family-and-friends = Seeing family and friends
    .work-or-study = Working, studying or volunteering
    .get-out = Going out, such as to the shops or the doctor
    .time-for-yourself = Having time for yourself, such as hobbies or rest
    .none = None of these

q-carer-coping = { $perspective ->
   *[self] How are you coping with looking after someone?
    [other] How are you coping with looking after { $name }?
    [staff] Ask the caller: How are you coping with looking after someone?
    }
    .well = { $perspective ->
       *[self] I am coping well
        [other] I am coping well
        [staff] You are coping well
    }
    .some-days = { $perspective ->
       *[self] I cope on some days, but not others
        [other] I cope on some days, but not others
        [staff] You cope on some days, but not others
    }
    .not-coping = { $perspective ->
       *[self] I am not coping
        [other] I am not coping
        [staff] You are not coping
    }
    .may-stop = { $perspective ->
       *[self] I may not be able to carry on
        [other] I may not be able to carry on
        [staff] You may not be able to carry on
    }

q-carer-backup = { $perspective ->
   *[self] If you were ill or had an emergency, is there someone who could step in?
    [other] If you were ill or had an emergency, is there someone who could step in?
    [staff] Ask the caller: If you were ill or had an emergency, is there someone who could step in?
    }

## The help you get

q-help-now = { $perspective ->
   *[self] Who helps you now?
    [other] Who helps { $name } now?
    [staff] Ask the caller: Who helps you now?
    }
    .family-or-friends = Family, friends or neighbours, without being paid
    .care-agency = Carers from a care agency
    .paid-carers = { $perspective ->
       *[self] Carers or a personal assistant that I pay for myself
        [other] Carers or a personal assistant that they pay for themselves
        [staff] Carers or a personal assistant that you pay for yourself
    }
    .council-arranged = Help that the council arranges
    .direct-payment = { $perspective ->
       *[self] I get a direct payment to arrange my own help
        [other] They get a direct payment to arrange their own help
        [staff] You get a direct payment to arrange your own help
    }
    .none = Nobody helps

q-more-control = { $perspective ->
   *[self] Would you like any of these?
    [other] Would { $name } like any of these?
    [staff] Ask the caller: Would you like any of these?
    }
    .hint = { $perspective ->
       *[self] A direct payment is money from the council that you use to arrange your own help. Choose all that apply.
        [other] A direct payment is money from the council that they use to arrange their own help. Choose all that apply.
        [staff] Explain: a direct payment is money from the council to arrange their own help. Read out the list.
    }
    .choose-who = { $perspective ->
       *[self] To choose who helps, such as your own personal assistant
        [other] To choose who helps, such as their own personal assistant
        [staff] To choose who helps, such as your own personal assistant
    }
    .choose-when = To choose when help comes
    .own-budget = { $perspective ->
       *[self] To get a direct payment and arrange help yourself
        [other] To get a direct payment and arrange help themselves
        [staff] To get a direct payment and arrange help yourself
    }
    .none = None of these

## People and money

q-lonely = { $perspective ->
   *[self] How often do you feel lonely?
    [other] How often does { $name } seem lonely?
    [staff] Ask the caller: How often do you feel lonely?
    }

q-community-interests = { $perspective ->
   *[self] Would you like help with any of these?
    [other] Would { $name } like help with any of these?
    [staff] Ask the caller: Would you like help with any of these?
    }
    .meeting-people = Meeting new people
    .someone-to-talk-to = Someone to visit or phone for a chat
    .activities = Finding groups, clubs or things to do
    .volunteering = Finding volunteering
    .none = None of these

q-money-worries = { $perspective ->
   *[self] Are you worried about any of these?
    [other] Are there worries about any of these for { $name }?
    [staff] Ask the caller: Are you worried about any of these?
    }
    .hint = { $perspective ->
       *[self] Choose all that apply.
        [other] They may be your worries or theirs. Choose all that apply.
        [staff] Read out the list. Choose all that apply.
    }
    .bills = Paying bills, rent or food
    .debt = Money owed
    .benefits = { $perspective ->
       *[self] Whether you get all the benefits you should
        [other] Whether they get all the benefits they should
        [staff] Whether you get all the benefits you should
    }
    .paying-for-care = Paying for care
    .none = None of these

## Anything else

q-anything-else = { $perspective ->
   *[self] Is there anything else you want us to know?
    [other] Is there anything else you want us to know about { $name }?
    [staff] Ask the caller: Is there anything else you want us to know?
    }
    .hint = { $perspective ->
       *[self] You do not have to write anything. Do not include bank details or passwords.
        [other] You do not have to write anything. Do not include bank details or passwords.
        [staff] Type what the caller wants us to know. Do not include bank details or passwords.
    }
