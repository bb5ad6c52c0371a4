namespace Interregio.Tests.Corpus;

/// <summary>
/// Sectors of a document, in order of first mention: from cue words (a longer cue wins: "machine builders" is
/// machine building, not construction) and from the HS chapters of its products.
/// </summary>
public static class SectorCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Sector, FactRecognitions.English)
    {
        Positive =
        [
            new("machine_building", "Machine builders of the two regions will cooperate more closely."),
            new("tourism; culture", "The sides discussed tourism and culture."),
            new("agriculture_food", "Belarus ships butter and cheese to the region."),
            new("wood_processing", "Pinskdrev furniture is sold across the oblast."),
        ],
        Negative =
        [
            "The governor thanked the delegation for the visit.",
            "The next meeting will take place in Minsk.",
        ],
    };
}

/// <summary>Sectors in Russian reports: the last word of a cue is a stem.</summary>
public static class SectorCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Sector, FactRecognitions.Russian)
    {
        Positive =
        [
            new("machine_building", "Машиностроители двух регионов расширят кооперацию."),
            new("tourism", "Стороны обсудили развитие туризма."),
            new("healthcare", "Медики двух регионов обменяются опытом."),
            new("construction", "Белорусские строители возведут в Пензе жилой квартал."),
            new("education", "Вузы двух регионов откроют совместную магистратуру."),
            new("agriculture_food; machine_building", "Аграрии области закупают белорусские комбайны."),
        ],
        Negative =
        [
            "Губернатор поблагодарил делегацию за визит.",
        ],
    };
}
