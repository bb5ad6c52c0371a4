using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Regions, countries and cities by ISO 3166 code; a city (the phrase names the city, not its region) is marked
/// "(city)", because "stores in Tver" does not make Tver Oblast a partner.
/// </summary>
public static class RegionCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Region, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new("RU-PNZ", "Penza Oblast", "the Penza region", "Penza Region", "Penzenskaya oblast"),
            new("RU-PNZ (city)", "Penza"),
            new("RU-TA", "Tatarstan", "Republic of Tatarstan", "the Republic of Tatarstan", "Tatarstan Republic"),
            new("RU-TA (city)", "Kazan"),
            new("RU-BA", "Bashkiria", "Bashkortostan", "the Republic of Bashkortostan"),
            new("RU-SPE (city)", "Saint Petersburg", "St. Petersburg", "St Petersburg"),
            new("RU-MOS", "Moscow Oblast", "the Moscow region", "Podmoskovye"),
            new("RU-MOW (city)", "Moscow"),
            new("RU-NIZ", "Nizhny Novgorod Oblast", "the Nizhny Novgorod region"),
            new("RU-NIZ (city)", "Nizhny Novgorod"),
            new("RU-NGR", "Novgorod Oblast", "the Novgorod region"),
            new("RU-SAM", "Samara Oblast", "the Samara region"),
            new("RU-KDA", "Krasnodar Krai", "Kuban"),
            new("BY-HO", "Gomel Oblast", "the Gomel region", "Homel Oblast"),
            new("BY-HO (city)", "Gomel"),
            new("BY-MA", "Mogilev Oblast"),
            new("BY", "Belarus", "the Republic of Belarus"),
            new("RU", "Russia", "the Russian Federation"),
        ],
        Negative =
        [
            "the region",
            "the oblast",
            "penza oblast",
            "Minister",
            "the European Union",
        ],
    };
}
