namespace Interregio.Tests.Corpus;

/// <summary>
/// Goods traded now, in English reports: lists split on commas, "and", "as well as" and "including"; the flow from
/// who sells to whom; goods named by their maker; and the goods that are not traded: negated, proposed, vague,
/// what other goods are for, described in a relative clause, inside an enterprise's name, or the name of a business.
/// </summary>
public static class ProductCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Product, FactRecognitions.English)
    {
        Positive =
        [
            // lists
            new("tractors 8701 export; trucks 8704 export; tyres 4011 export",
                "Belarus ships tractors, trucks and tyres to Penza Oblast.",
                "Belarusian exports to the region include tractors, trucks and tyres."),
            new("cheese 0406 export; butter 0405 export", "The region buys Belarusian cheese as well as butter."),
            new("dairy products 0401 export; cheese 0406 export; butter 0405 export", "The key exports were dairy products, including cheese and butter."),
            new("butter 0405 export; cottage cheese 0406 export; cheeses 0406 export; washing machines 8450 export",
                "The main export items were butter, cottage cheese and cheeses, as well as washing machines."),
            // imports: the region sells, Belarus buys
            new("diesel engines 8408 import", "Penza Oblast supplies Belarus with diesel engines.", "Diesel engines from the region go to Belarusian truck makers."),
            new("sunflower oil 1512 import", "Belarus imports sunflower oil from the region.", "Sunflower oil makes up the bulk of Belarusian purchases in the oblast."),
            new("wheat 1001 import; barley 1003 import", "Imports from the oblast were mostly wheat and barley."),
            new("salmon 0302 import", "Santa Bremor buys salmon from the region's fish farms."),
            new("float glass 7005 import", "Russian glassworks supply Belarus with float glass."),
            new("passenger carriages 8605 import", "Tver Carriage Works supplies passenger carriages to Belarus."),
            // the maker says who sells: demand and use
            new("beef 0201 export", "Belarusian beef is in high demand in the oblast."),
            new("loaders 8429 export", "Amkodor loaders are used by local road builders."),
            new("elevators 8428 export", "Elevators made by Mogilevliftmash have been installed in Penza apartment blocks."),
            new("refrigerators 8418 export", "Atlant refrigerators are sold through dozens of outlets in the region."),
            // goods for other goods, goods in a relative clause, goods inside a name
            new("tyres 4011 export", "Belshina supplies tyres for the combines built in the region."),
            new("machine kits 8433 export", "Gomselmash ships machine kits to a plant where combine harvesters are assembled."),
            new("sugar 1701 export", "Slutsk Sugar Refinery ships sugar to the region's confectioners."),
            // "hot-rolled and cold-rolled steel": two products sharing a word
            new("hot-rolled steel 7208 import; cold-rolled steel 7209 import", "The oblast ships hot-rolled and cold-rolled steel to Belarus."),
            new("trucks 8704 export", "The region bought 500 MAZ trucks last year."),
        ],
        Negative =
        [
            // negated
            "The region no longer supplies timber to Belarus.",
            "Belarus stopped buying wheat from the oblast.",
            // proposed, not traded now
            "Belarus is ready to supply elevators to the region.",
            "Lukashenko proposed supplies of buses and trolleybuses to Penza.",
            "The governor is interested in Belarusian buses and road machinery.",
            "The parties discussed supplies of Belarusian tractors.",
            // vague words are not products
            "Belarus ships goods and equipment to the region.",
            "Belarusian food products are sold across the oblast.",
            // the name of a business, not traded goods
            "Belarus supplies equipment to local fish farms.",
            "Belarusian machinery is used by furniture factories in the region.",
            // no trade in the sentence
            "Our elevators and your elevators are old and need to be replaced.",
            "Slutsk Sugar Refinery opened a new warehouse.",
            // trade with a third country
            "Belarus sells tractors to Kazakhstan.",
        ],
    };
}
