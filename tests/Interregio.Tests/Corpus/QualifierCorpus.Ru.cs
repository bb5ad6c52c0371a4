using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>Hedges on an amount in Russian reports: the finding runs from the hedge to the end of the amount.</summary>
public static class QualifierCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Qualifier, new CorpusContext(new DateOnly(2025, 6, 12), Language.Russian))
    {
        Positive =
        [
            new("over", "более 150 млн долларов", "свыше 150 млн долларов", "превысил 91 млн долларов", "превысила 700 млн долларов",
                "превысило 1 млрд долларов", "превысили $50 млрд", "более чем 150 млн долларов", "больше 150 млн долларов",
                "не менее 150 млн долларов", "превышает 150 млн долларов"),
            new("under", "почти 1 млрд долларов", "менее 50 млн долларов", "меньше 50 млн долларов", "не более 50 млн долларов",
                "без малого 50 млн долларов", "приблизился к 900 млн долларов", "чуть менее 50 млн долларов"),
            new("approx", "около 40 млн долларов", "порядка 25 млн долларов", "примерно 40 млн долларов", "приблизительно 40 млн долларов",
                "ориентировочно 40 млн долларов", "около $40 млн", "около 0,4 млрд долларов"),
            new("exact", "68,4 млн долларов", "$1,5 млрд", "2,3 млрд российских рублей"),
        ],
        Negative =
        [
            // hedges without an amount
            "более 150 машин",
            "почти в 30 торговых точках",
            "около 3,5 млн тонн зерна",
            "свыше 20 лет",
        ],
    };
}
