namespace Interregio.Tests.Corpus;

/// <summary>
/// Enterprise names in English reports: gazetteer names and aliases as written, the bracketed short form, company
/// words dropped, names that are also common words, names found by their shape with their country, and the
/// bodies the contract says are not enterprises.
/// </summary>
public static class EnterpriseCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Enterprise, FactRecognitions.English)
    {
        Positive =
        [
            new("MAZ (BY)", "MAZ opened an assembly line for city buses in the region.", "The region bought 40 buses from MAZ last year."),
            // "Minsk Tractor Works (MTZ)": the bracketed short form is the name a reader uses
            new("MTZ (BY)", "Minsk Tractor Works (MTZ) has a dealer in every district of the oblast.", "MTZ tractors work on most large farms of the oblast."),
            new("Minsk Tractor Works (BY)", "Minsk Tractor Works sells about 300 tractors a year to local farms."),
            // the company word is not part of the name: "Bellegprom Concern" is Bellegprom
            new("Bellegprom (BY)", "Bellegprom Concern opened its first store in the regional capital.", "The Bellegprom concern plans a trading house in the oblast."),
            new("Belshina (BY)", "OJSC \"Belshina\" ships tyres to the region's bus fleets."),
            new("KAMAZ (RU)", "KAMAZ is one of the largest buyers of Belarusian components."),
            new("Gomselmash (BY); Rostselmash (RU)", "Gomselmash and Rostselmash compete for the same grain farmers."),
            // names that are also ordinary words or personal names
            new("Atlant (BY)", "Atlant refrigerators are popular with the region's households."),
            new("Marko (BY)", "Marko footwear has a loyal following in the oblast."),
            new("Conte (BY)", "Conte hosiery is sold in the city's department stores."),
            new("Magnit (RU)", "Magnit stocks Belarusian dairy products in all its stores in the oblast."),
            new("Horizont (BY)", "Horizont televisions are assembled from Belarusian components."),
            new("Motovelo (BY)", "Motovelo bicycles are sold in the region's sports shops."),
            // the MTZ brand: "Belarus" is the enterprise and "tractors" its goods; the country is never an enterprise
            new("Belarus (BY)", "Belarus tractors remain the most common make on the oblast's farms."),
            new("Santa Bremor (BY); Savushkin Product (BY)", "Santa Bremor and Savushkin Product took part in the fair."),
            new("Bryansk Machine-Building Plant (RU)", "Bryansk Machine-Building Plant delivers shunting locomotives to Belarus."),
            new("Tver Carriage Works (RU)", "Passenger carriages of Tver Carriage Works run on Belarusian railways."),
            // names the gazetteer lacks, found by their shape, with their country from context
            new("Pervouralsk New Pipe Plant (RU)", "Pervouralsk New Pipe Plant supplies seamless pipes to Belarus."),
            new("Novosibirsk Tin Plant (RU)", "Tin produced by the Novosibirsk Tin Plant goes to Belarusian solder makers."),
            new("Russkie Kraski (RU)", "The Yaroslavl company Russkie Kraski ships paints to Belarusian machine builders."),
            new("UGMK (RU)", "Copper wire rod from UGMK goes to Belarusian cable plants."),
            new("Kirovo-Chepetsk Chemical Works (RU)", "Kirovo-Chepetsk Chemical Works supplies fluoroplastics to Belarus."),
            new("Bratsk aluminium smelter (RU)", "The Bratsk aluminium smelter ships primary aluminium to Belarus."),
            new("Elsib (RU)", "Belarusian power plants use turbines from several makers, while Elsib ships turbogenerators to Belarus."),
        ],
        Negative =
        [
            // state bodies, agencies and universities are not enterprises
            "The Ministry of Industry of Belarus supports exporters to the region.",
            "The Penza Oblast Government signed the roadmap on Monday.",
            "Students of Penza State University visited Minsk in May.",
            "BelTA reported the figures on Monday.",
            "The Gomel Oblast Executive Committee approved the plan.",
            // common words, and names written as descriptions
            "The atlant of the old theatre was restored last year.",
            "Belarus supplies the region with potash fertilisers.",
            "The planning horizon of the roadmap runs to 2030.",
            "The plant turned out more than 700 machines last year.",
            "Belarusian plants need more engineers and welders.",
            "The Minsk plant expanded its assembly workshop.",
            "The governor visited the Belarusian nuclear power plant.",
            "Figures provided by the embassy show steady growth.",
            // an enterprise that is only visited is not a partner
            "The delegation also visited the Tula Arms Plant.",
        ],
    };
}
