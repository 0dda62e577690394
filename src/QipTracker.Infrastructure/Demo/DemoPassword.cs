using System.Security.Cryptography;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// A memorable but strong shared password ("Harbour-Lantern-Meadow-48"): three words from 96 and two
/// digits give about 27 bits, ample for a demo that prints it on the console. Drawn from a
/// cryptographic generator, not the seeded plan randomiser, so it is never the same across installs.
/// </summary>
internal static class DemoPassword
{
    private static readonly string[] Words =
    [
        "Harbour", "Lantern", "Meadow", "Granite", "Willow", "Copper", "Orchard", "Falcon", "Thistle", "Beacon",
        "Saffron", "Meridian", "Pebble", "Juniper", "Kestrel", "Marble", "Heather", "Quarry", "Rowan", "Summit",
        "Tundra", "Velvet", "Walnut", "Yarrow", "Bramble", "Cobalt", "Dapple", "Ember", "Fennel", "Glacier",
        "Hollow", "Indigo", "Jasper", "Kettle", "Linden", "Mosaic", "Nutmeg", "Oxbow", "Paddock", "Quill",
        "Ripple", "Spruce", "Timber", "Umber", "Vessel", "Wharf", "Almond", "Bluebell", "Candle", "Driftwood",
        "Estuary", "Fjord", "Gannet", "Hazel", "Island", "Jetty", "Kindle", "Lagoon", "Mallow", "Nettle",
        "Osprey", "Parsley", "Quartz", "Raven", "Sorrel", "Teasel", "Upland", "Violet", "Warbler", "Acorn",
        "Badger", "Cedar", "Dunlin", "Elder", "Foxglove", "Gorse", "Heron", "Ivy", "Kelp", "Larch",
        "Maple", "Nimbus", "Otter", "Plover", "Redwing", "Sandpiper", "Tern", "Valley", "Wren", "Alder",
        "Bracken", "Curlew", "Dormouse", "Eyebright", "Firth", "Garnet",
    ];

    public static string Generate()
    {
        string password;
        do
        {
            var words = Enumerable.Range(0, 3).Select(_ => Words[RandomNumberGenerator.GetInt32(Words.Length)]);
            password = $"{string.Join('-', words)}-{RandomNumberGenerator.GetInt32(10, 100)}";
        } while (password.Length < 14);
        return password;
    }
}
