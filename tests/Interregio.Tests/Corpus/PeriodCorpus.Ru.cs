using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Periods of months in Russian reports, read with the dateline 12 June 2025: "в прошлом году" is 2024 and
/// "в этом году" is January to June 2025. A period keeps its preposition. A phrase that needs the period last spoken
/// of is written "context: ...".
/// </summary>
public static class PeriodCorpusRu
{
    public static readonly DateOnly Reference = new(2025, 6, 12);

    public static readonly RecogniserCorpus Corpus = new(RussianRecognitions.Period, new CorpusContext(Reference, Language.Russian))
    {
        Positive =
        [
            new("2024-01..2024-12", "в 2024 году", "за 2024 год", "2024 год", "2024 года", "по итогам 2024 года", "в 2024 г.",
                "в прошлом году", "за прошлый год", "по итогам прошлого года", "в минувшем году", "в предыдущем году", "годом ранее"),
            new("2023-01..2023-12", "в 2023 году", "в позапрошлом году", "по результатам 2023 года"),
            new("2025-01..2025-06", "в этом году", "в текущем году", "с начала года", "с начала текущего года", "в нынешнем году",
                "за полугодие", "в первом полугодии", "за первое полугодие"),
            // "по итогам года" in June is the year under way (a forecast); in the first quarter it is last year
            new("2025-01..2025-12", "по итогам года"),
            new("2020-01..2021-12", "в 2020-2021 годах", "за 2020–2021 годы", "в 2020 и 2021 годах"),
            new("2025-01..2025-05", "в январе-мае 2025 года", "за январь-май 2025 года", "в январе–мае", "за январь-май",
                "с января по май 2025 года", "за первые пять месяцев", "январь-май 2025 г."),
            new("2024-01..2024-09", "в январе-сентябре 2024 года", "за девять месяцев 2024 года", "за 9 месяцев 2024 года",
                "за девять месяцев прошлого года"),
            new("2023-01..2023-06", "в первом полугодии 2023 года", "за первое полугодие 2023 года"),
            new("2024-07..2024-12", "во втором полугодии 2024 года", "во втором полугодии прошлого года"),
            new("2025-01..2025-03", "в первом квартале 2025 года", "за первый квартал", "в первом квартале текущего года"),
            new("2024-04..2024-06", "во втором квартале 2024 года", "за второй квартал прошлого года"),
            new("2025-01..2025-01", "в январе текущего года", "в январе 2025 года", "за январь 2025 года", "в январе этого года"),
            new("2024-03..2024-03", "в марте прошлого года"),
            new("2024-01..2024-11", "за январь-ноябрь 2024 года", "в январе-ноябре прошлого года", "за одиннадцать месяцев 2024 года"),
            new("2022-10..2022-12", "в четвертом квартале 2022 года"),
            // "за девять месяцев" without a year: the period the article last spoke of
            new("context: 9 months", "за девять месяцев", "за 9 месяцев"),
            new("context: 7 months", "за семь месяцев"),
            new("context: same period -1y", "аналогичный период прошлого года", "к аналогичному периоду прошлого года",
                "за аналогичный период прошлого года", "аналогичным периодом прошлого года"),
            new("context: same period of 2023", "аналогичный период 2023 года", "в аналогичном периоде 2023 года"),
            new("context: same period", "за тот же период", "за аналогичный период"),
        ],
        Negative =
        [
            // dates are not periods
            "9 июля",
            "10 июля 2025 года",
            // deadlines, plans and starting points are never the period of a figure
            "к 2027 году",
            "до 2030 года",
            "к концу 2026 года",
            "на 2024-2026 годы",
            "с 2020 года",
            // a lone month is too weak
            "в мае",
            "2025 тракторов",
            "за последние три года",
            "за последние пять месяцев",
            "150 млн долларов",
            "9-е место",
        ],
    };

    /// <summary>Deadlines, plans and starting points: read, but kept apart from the periods of figures.</summary>
    public static readonly RecogniserCorpus Deadlines = new(RussianRecognitions.Deadline, new CorpusContext(Reference, Language.Russian))
    {
        Positive =
        [
            new("2027-01..2027-12", "к 2027 году", "до 2027 года", "к концу 2027 года", "на 2027 год"),
            new("2024-01..2026-12", "на 2024-2026 годы", "на 2024–2026 годы"),
        ],
        Negative =
        [
            "в 2027 году",
            // after a growth, "к 2023 году" is what the growth compares with, not a deadline
            "на 7,5% к 2023 году",
        ],
    };
}
