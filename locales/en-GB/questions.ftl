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
        [staff] They manage this fine
    }
    .cannot-without-help = { $perspective ->
       *[self] I cannot do it without help, or someone has to remind me
        [other] They cannot do it without help, or someone has to remind them
        [staff] They cannot do it without help, or someone has to remind them
    }
    .pain-or-distress = { $perspective ->
       *[self] I can do it, but it causes me a lot of pain, worry or upset
        [other] They can do it, but it causes them a lot of pain, worry or upset
        [staff] They can do it, but it causes them a lot of pain, worry or upset
    }
    .unsafe = { $perspective ->
       *[self] I can do it, but it is not safe for me or for others
        [other] They can do it, but it is not safe for them or for others
        [staff] They can do it, but it is not safe for them or for others
    }
    .takes-much-longer = { $perspective ->
       *[self] I can do it, but it takes me much longer than it should
        [other] They can do it, but it takes them much longer than it should
        [staff] They can do it, but it takes them much longer than it should
    }

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
       *[self] For example, someone might hurt you, or you might not be safe where you are.
        [other] For example, someone might hurt them, or they might not be safe where they are.
        [staff] For example, someone might hurt them, or they might not be safe where they are. If a life is at risk, call 999 now.
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
    .hint = For example, at the door, on the phone, by post or online.
    .no = No
    .tried = { $perspective ->
       *[self] Someone tried, but I did not lose money
        [other] Someone tried, but they did not lose money
        [staff] Someone tried, but they did not lose money
    }
    .lost-money = { $perspective ->
       *[self] Yes, I lost money or gave out my bank details
        [other] Yes, they lost money or gave out their bank details
        [staff] Yes, they lost money or gave out their bank details
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
    .child-care = Looking after a child you are responsible for
    .none = None of these

q-meals = { $perspective ->
   *[self] Getting food and drink: which of these is true for you?
    [other] Getting food and drink: which of these is true for { $name }?
    [staff] Ask the caller about getting food and drink: which of these is true?
    }
    .hint = Think about shopping, making meals, eating and drinking. Choose all that apply.

q-washing = { $perspective ->
   *[self] Washing and keeping clean: which of these is true for you?
    [other] Washing and keeping clean: which of these is true for { $name }?
    [staff] Ask the caller about washing and keeping clean: which of these is true?
    }
    .hint = Think about washing, bathing, brushing teeth and doing hair. Choose all that apply.

q-toilet = { $perspective ->
   *[self] Using the toilet: which of these is true for you?
    [other] Using the toilet: which of these is true for { $name }?
    [staff] Ask the caller about using the toilet: which of these is true?
    }
    .hint = Think about getting there in time, and keeping clean after. Choose all that apply.

q-dressing = { $perspective ->
   *[self] Getting dressed: which of these is true for you?
    [other] Getting dressed: which of these is true for { $name }?
    [staff] Ask the caller about getting dressed: which of these is true?
    }
    .hint = Think about putting clothes on and choosing clothes for the weather. Choose all that apply.

q-moving-around = { $perspective ->
   *[self] Moving around the home safely: which of these is true for you?
    [other] Moving around the home safely: which of these is true for { $name }?
    [staff] Ask the caller about moving around the home safely: which of these is true?
    }
    .hint = Think about getting from room to room, and using the kitchen and bathroom. Choose all that apply.

q-housework = { $perspective ->
   *[self] Keeping the home clean and safe to live in: which of these is true for you?
    [other] Keeping the home clean and safe to live in: which of these is true for { $name }?
    [staff] Ask the caller about keeping the home clean and safe: which of these is true?
    }
    .hint = Think about cleaning, washing clothes, heating and paying bills. Choose all that apply.

q-relationships = { $perspective ->
   *[self] Seeing family and friends: which of these is true for you?
    [other] Seeing family and friends: which of these is true for { $name }?
    [staff] Ask the caller about seeing family and friends: which of these is true?
    }
    .hint = Think about keeping in touch, and making new friends. Choose all that apply.

q-work-or-learning = { $perspective ->
   *[self] Working, studying, training or volunteering: which of these is true for you?
    [other] Working, studying, training or volunteering: which of these is true for { $name }?
    [staff] Ask the caller about working, studying, training or volunteering: which of these is true?
    }
    .hint = Only think about the things you want to do. Choose all that apply.

q-getting-out = { $perspective ->
   *[self] Going out: which of these is true for you?
    [other] Going out: which of these is true for { $name }?
    [staff] Ask the caller about going out: which of these is true?
    }
    .hint = Think about shops, the doctor, the library, buses and taxis. Choose all that apply.

q-child-care = { $perspective ->
   *[self] Looking after a child: which of these is true for you?
    [other] Looking after a child: which of these is true for { $name }?
    [staff] Ask the caller about looking after a child: which of these is true?
    }
    .hint = Think about getting them to school, feeding them and keeping them safe. Choose all that apply.

## Your home

q-home-difficulties = { $perspective ->
   *[self] At home, is any of these hard for you?
    [other] At home, is any of these hard for { $name }?
    [staff] Ask the caller: At home, is any of these hard for you?
    }
    .hint = Choose all that apply.
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
        [staff] Yes, they are in hospital now
    }
    .home-harder = { $perspective ->
       *[self] Yes, and everyday things are harder since I came home
        [other] Yes, and everyday things are harder since they came home
        [staff] Yes, and everyday things are harder since they came home
    }
    .home-managing = { $perspective ->
       *[self] Yes, and I manage as well as before
        [other] Yes, and they manage as well as before
        [staff] Yes, and they manage as well as before
    }

q-clutter = { $perspective ->
   *[self] Is your home so full of things that some rooms are hard to use?
    [other] Is the home where { $name } lives so full of things that some rooms are hard to use?
    [staff] Ask the caller: Is your home so full of things that some rooms are hard to use?
    }
    .hint = Many people find it hard to throw things away. We ask so we can point you to the right help.
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
        [staff] A doctor has already told them they have dementia
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
    .hint = For example, paying the right amount and checking the change.

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

q-self-harm = { $perspective ->
   *[self] Have you had thoughts of ending your life or harming yourself?
    [other] Has { $name } talked about ending their life or harming themselves?
    [staff] Ask the caller: Have you had thoughts of ending your life or harming yourself?
    }
    .hint = { $perspective ->
       *[self] It is OK to tell us. If you do, we will show you who can help straight away.
        [other] It is OK to tell us. If you do, we will show you who can help straight away.
        [staff] Ask this plainly and calmly. If a life is at risk now, call 999.
    }
    .no = No
    .in-the-past = Yes, in the past, but not now
    .recently = Yes, in the last few weeks
    .right-now = { $perspective ->
       *[self] Yes, I feel like this now
        [other] Yes, and I am worried they are at risk now
        [staff] Yes, and they feel like this now
    }

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
    .partner = My husband, wife or partner
    .parent = My mum or dad
    .son-or-daughter = My son or daughter
    .other-relative = Another relative
    .friend-or-neighbour = A friend or neighbour

q-caring-hours = { $perspective ->
   *[self] How many hours a week do you spend looking after someone?
    [other] How many hours a week do you spend looking after someone?
    [staff] Ask the caller: How many hours a week do you spend looking after someone?
    }
    .hint = Count all the people you look after. Include time at night.
    .under-20 = Less than 20 hours
    .from-20-to-34 = 20 to 34 hours
    .from-35-to-49 = 35 to 49 hours
    .from-50 = 50 hours or more

q-carer-health = { $perspective ->
   *[self] Is looking after someone making your own health worse, or putting it at risk?
    [other] Is looking after someone making your own health worse, or putting it at risk?
    [staff] Ask the caller: Is looking after someone making your own health worse, or putting it at risk?
    }
    .hint = This means your body or your mind.

q-carer-life = { $perspective ->
   *[self] Because you look after someone, which of these do you struggle with?
    [other] Because you look after someone, which of these do you struggle with?
    [staff] Ask the caller: Because you look after someone, which of these do you struggle with?
    }
    .hint = Choose the things you cannot do, or can only do with a lot of stress. Choose all that apply.
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
    .well = I am coping well
    .some-days = I cope on some days, but not others
    .not-coping = I am not coping
    .may-stop = I may not be able to carry on

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
    .family-or-friends = Family, friends or neighbours
    .paid-carers = { $perspective ->
       *[self] Carers that I pay for
        [other] Carers that they pay for
        [staff] Carers that they pay for
    }
    .council-arranged = Help that the council arranges
    .direct-payment = { $perspective ->
       *[self] I get a direct payment to arrange my own help
        [other] They get a direct payment to arrange their own help
        [staff] They get a direct payment to arrange their own help
    }
    .none = Nobody helps

q-more-control = { $perspective ->
   *[self] Would you like any of these?
    [other] Would { $name } like any of these?
    [staff] Ask the caller: Would you like any of these?
    }
    .hint = A direct payment is money from the council that you use to arrange your own help. Choose all that apply.
    .choose-who = To choose who helps, such as your own personal assistant
    .choose-when = To choose when help comes
    .own-budget = To get a direct payment and arrange help yourself
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
    [other] Is { $name } worried about any of these?
    [staff] Ask the caller: Are you worried about any of these?
    }
    .hint = Choose all that apply.
    .bills = Paying bills, rent or food
    .debt = Money owed
    .benefits = Whether you get all the benefits you should
    .paying-for-care = Paying for care
    .none = None of these

## Anything else

q-anything-else = { $perspective ->
   *[self] Is there anything else you want us to know?
    [other] Is there anything else you want us to know about { $name }?
    [staff] Ask the caller: Is there anything else you want us to know?
    }
    .hint = You do not have to write anything. Do not include bank details or passwords.
