using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Stated changes in Russian reports, in percent ("+7.5%"), with the period they compare with when the phrase names
/// one ("+7.5% vs context: same period -1y"): that period belongs to the growth, never to the figure. Read with the
/// dateline 12 June 2025.
/// </summary>
public static class GrowthCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(RussianRecognitions.Growth, new CorpusContext(new DateOnly(2025, 6, 12), Language.Russian))
    {
        Positive =
        [
            new("+7.5%", "увеличившись на 7,5%", "вырос на 7,5%", "рост на 7,5%", "выросла на 7,5 процента", "увеличился на 7,5 процента",
                "возрос на 7,5%", "прирост на 7,5%"),
            new("+7.5% vs context: same period -1y", "увеличившись на 7,5% к аналогичному периоду прошлого года",
                "вырос на 7,5% по сравнению с аналогичным периодом прошлого года"),
            new("+12% vs 2023-01..2023-12", "вырос на 12% к 2023 году", "увеличился на 12% по сравнению с 2023 годом"),
            new("-3.8%", "снизившись на 3,8%", "снизился на 3,8%", "сократился на 3,8%", "уменьшился на 3,8%", "упал на 3,8%",
                "снижение на 3,8%", "сокращение на 3,8%", "падение на 3,8%"),
            new("+40%", "вырос в 1,4 раза", "увеличился в 1,4 раза", "выросла в 1,4 раза"),
            new("+130%", "увеличившись в 2,3 раза"),
            new("+20%", "выросла в 1,2 раза"),
            new("+100%", "вырос вдвое", "увеличился вдвое", "удвоился", "вырос в 2 раза", "вдвое"),
            new("+200%", "втрое", "утроился", "вырос в 3 раза"),
            new("-50%", "сократился вдвое", "снизилась вдвое", "снизился в 2 раза", "упал вдвое"),
            // "на 9,6% больше, чем годом ранее": the comparison closes the growth and takes last year as its base
            new("+9.6% vs 2024-01..2024-12", "9,6% больше, чем годом ранее"),
            new("-5%", "5% меньше"),
        ],
        Negative =
        [
            "на 7,5%",
            "7,5%",
            "доля 12%",
            "в 1,5 раза",
            "68,4 млн долларов",
            "в 2024 году",
        ],
    };
}
