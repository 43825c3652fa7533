package corpus

// The word lists pages are made from. Nothing in them may start a line of
// Markdown with a meaning (#, -, +, *, >, digits and a full stop), hold
// raw HTML, a | or a double quote.

var sections = []struct{ name, title string }{
	{"school-admissions", "School admissions"},
	{"early-years", "Early years and childcare"},
	{"special-educational-needs", "Special educational needs"},
	{"family-support", "Family support"},
	{"youth-services", "Youth services"},
	{"school-transport", "School transport"},
	{"children-in-care", "Children in care"},
	{"fostering-and-adoption", "Fostering and adoption"},
	{"school-meals", "School meals"},
	{"parenting", "Parenting"},
	{"attendance", "School attendance"},
	{"health-and-wellbeing", "Health and wellbeing"},
	{"learning-outside-school", "Learning outside school"},
	{"consultation-events", "Consultation events"},
	{"governors", "School governors"},
	{"school-improvement", "School improvement"},
	{"safeguarding", "Keeping children safe"},
	{"short-breaks", "Short breaks"},
	{"careers-advice", "Careers advice"},
	{"updates", "Updates"},
}

var topics = []string{
	"school transport appeals", "term dates", "free school meals", "breakfast clubs",
	"after-school clubs", "childcare funding", "children's centres", "youth clubs",
	"home-to-school travel", "in-year admissions", "sixth form applications",
	"education health and care plans", "parent partnership", "young carers",
	"family group conferences", "short breaks for disabled children", "foster care allowances",
	"adoption support", "leaving care grants", "school attendance officers",
	"exclusions and appeals", "governor training", "school improvement partners",
	"extended schools", "play schemes", "holiday activities", "speech and language therapy",
	"educational psychology", "behaviour support", "healthy schools", "school nursing",
	"library homework clubs", "music lessons", "outdoor learning", "work experience",
	"apprenticeships", "careers interviews", "the youth parliament", "children's rights",
	"cluster meetings", "area workshops", "feedback forms", "the consultation document",
	"translation and large print", "childminder registration", "nursery education grants",
}

var towns = []string{
	"Norwich", "King's Lynn", "Great Yarmouth", "Thetford", "Fakenham", "Dereham",
	"Cromer", "Diss", "Wymondham", "Swaffham", "North Walsham", "Aylsham",
	"Attleborough", "Downham Market", "Holt", "Sheringham", "Watton", "Hunstanton",
	"Loddon", "Harleston", "Wells-next-the-Sea", "Acle", "Stalham", "Hingham",
}

var subjects = []string{
	"The County Council", "Children's Services", "The project team", "Our schools",
	"Headteachers and governors", "Parents and carers", "Young people", "Health visitors",
	"Social workers", "Each cluster of schools", "The area teams", "Early years settings",
	"Youth workers", "Foster carers", "School nurses", "Our partners in health",
	"Voluntary groups", "The leadership team", "Staff in every service", "Families",
}

var verbs = []string{
	"will work closely with", "want to hear from", "have agreed to support",
	"will meet", "are reviewing the help we give to", "plan to consult",
	"will write to", "can ask for advice from", "are setting up new services for",
	"will share what we learn with", "are listening to", "will keep in touch with",
	"have already spoken to", "will visit", "need the views of",
}

var objects = []string{
	"families across Norfolk", "every school in the area", "children with additional needs",
	"young people leaving care", "children under five", "parents who work shifts",
	"pupils who travel a long way to school", "teachers and teaching assistants",
	"children who care for a relative", "the youth service", "local health services",
	"the voluntary sector", "district and parish councils", "children and young people",
	"headteachers in each cluster", "school governors", "childminders and nurseries",
}

var endings = []string{
	"before the consultation closes", "at the autumn workshops", "over the next school year",
	"so that services join up", "in each of the five areas", "as the changes come step by step",
	"when the new structure starts", "through the cluster meetings", "in the months ahead",
	"so that things get better for children", "wherever they live in the county",
	"at no cost to families", "by letter and by telephone", "before any decision is made",
}

var standalone = []string{
	"Your views will shape what happens next.",
	"The changes will come step by step; they will not happen all at once.",
	"We need all the skills that our staff have now.",
	"Nothing has been decided yet, and we want to hear from you.",
	"Please share this page with colleagues, parents and governors.",
	"If you need this information in large print, in Braille or in another language, call us.",
	"Workshops are free, and lunch is provided.",
	"Places are limited, so please book early.",
	"We will publish a summary of what people told us.",
	"There is no need to reply if you have already sent us your views.",
	"The project team can answer questions by telephone during office hours.",
	"Every school will receive a copy of the consultation document.",
}

var headings = []string{
	"What we propose", "Why we are changing", "Who this is for", "How to take part",
	"What happens next", "Dates and venues", "Who should come", "How to apply",
	"What it costs", "Getting there", "Support for families", "Working with schools",
	"Your questions answered", "Contact the team", "Background", "What people told us",
	"Help in other languages", "Timetable", "Who to talk to", "Our commitments",
}

var subheadings = []string{
	"For parents and carers", "For schools", "For young people", "For staff",
	"In the north of the county", "In the south of the county", "In Norwich",
	"Before you apply", "After you apply", "If you disagree", "Opening hours",
	"Making a complaint", "Paper copies", "Accessibility", "Transport",
}

var listItems = []string{
	"the date and place of each workshop", "a contact name at your school",
	"free transport for eligible pupils", "help to fill in the forms",
	"interpreters on request", "a summary in plain English", "large print copies",
	"a quiet room at every venue", "step-free access", "car parking on site",
	"a crèche for children under five", "refreshments through the day",
	"answers to common questions", "a freephone number", "an online feedback form",
	"a named worker for every family", "regular reviews of each plan",
	"support in the school holidays", "a say in decisions that affect you",
}

var venues = []string{
	"County Hall", "The Assembly House", "Fakenham Racecourse", "Dereham Memorial Hall",
	"Thetford Guildhall", "The King's Centre", "Diss Corn Hall", "Cromer Pier Pavilion",
	"The Forum", "Swaffham Community Centre", "Holt Village Hall", "Acle Recreation Centre",
}
