namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// Names for the demo staff. Bogus's en_GB locale has no name data of its own and falls back to US
/// English (surnames such as "Zboncak"), which reads wrongly for an English trust; these reflect the
/// mix of an NHS workforce instead, and are drawn with the seeded Bogus randomiser.
/// </summary>
internal static class PersonNames
{
    public static readonly string[] First =
    [
        "Amelia", "Olivia", "Sophie", "Emma", "Charlotte", "Hannah", "Rebecca", "Laura", "Rachel", "Claire",
        "Helen", "Joanne", "Nicola", "Siobhan", "Bethan", "Priya", "Aisha", "Fatima", "Nadia", "Zainab",
        "Anjali", "Grace", "Chloe", "Lucy", "Megan", "Adaeze", "Mei", "Ewa", "Maria", "Catherine",
        "Thomas", "David", "Michael", "Andrew", "Mark", "Paul", "Richard", "Matthew", "Christopher", "Gareth",
        "Rhys", "Owen", "Callum", "Jamie", "Liam", "Mohammed", "Imran", "Rajesh", "Arjun", "Kwame",
        "Tunde", "Samuel", "Joseph", "Patrick", "Niall", "Stuart", "Alistair", "Tomasz", "Oliver", "Ben",
    ];

    public static readonly string[] Last =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Green", "Hall", "Lewis",
        "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Cooper", "Hill", "Ward", "Morris",
        "Moore", "King", "Baker", "Harrison", "Morgan", "Allen", "Scott", "Phillips", "Watson", "Parker",
        "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Carter", "Richardson", "Bailey", "Collins", "Shaw",
        "Murphy", "Khan", "Ahmed", "Hussain", "Ali", "Shah", "Sharma", "Chowdhury", "Okoro", "Adeyemi",
        "Mensah", "Osei", "Nowak", "Wong", "Chen", "O'Brien", "McDonald", "Campbell", "Stewart", "Fraser",
    ];
}
