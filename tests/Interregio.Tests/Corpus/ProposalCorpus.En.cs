namespace Interregio.Tests.Corpus;

/// <summary>
/// Proposals: goods offered for supply ("supply of elevators"), other projects from the verb after "to", and the
/// status; trade that happens now, targets and empty offers are not proposals.
/// </summary>
public static class ProposalCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Proposal, FactRecognitions.English)
    {
        Positive =
        [
            new("supply of elevators | proposed", "Belarus is ready to supply elevators to the region.", "The president offered to supply elevators to the region."),
            new("set up joint ventures | proposed", "The governor proposed to set up joint ventures."),
            new("supply of buses | proposed", "Lukashenko suggested that the oblast buy Belarusian buses."),
            new("build a joint logistics hub | agreed", "The sides agreed to build a joint logistics hub."),
            new("supply of passenger vehicles | proposed", "Belarus is interested in supplying passenger vehicles to the region."),
        ],
        Negative =
        [
            "Belarus supplies tractors to the region.",
            "The governor said that trade had grown by a quarter.",
            "They would offer us good quality, investments and so on.",
            // a goal figure is a target, not a proposal
            "The sides agreed to aim for $1 billion in trade by 2027.",
        ],
    };
}

/// <summary>Proposals in Russian reports.</summary>
public static class ProposalCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Proposal, FactRecognitions.Russian)
    {
        Positive =
        [
            new("поставки: лифты | proposed", "Губернатор предложил наладить поставки белорусских лифтов."),
            new("создании совместного производства лифтового оборудования | agreed", "Стороны договорились о создании совместного производства лифтового оборудования."),
            new("создать в области совместное предприятие по выпуску автобусов | proposed", "Губернатор предложил создать в области совместное предприятие по выпуску автобусов."),
            new("поставки: тракторы | agreed", "Стороны договорились о поставках белорусских тракторов."),
            new("построить в Пензе мусороперерабатывающий завод | proposed", "Белорусская сторона предложила построить в Пензе мусороперерабатывающий завод."),
        ],
        Negative =
        [
            "Могилевлифтмаш поставляет в регион лифты.",
            // a network that is there is not a proposal
            "«Милавица» открыла в Пензе четыре фирменных магазина.",
        ],
    };
}
