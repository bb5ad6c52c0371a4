using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>People with the role the report gives them: "name | role | region the role is of".</summary>
public static class PersonCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Person, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new("Oleg Melnichenko | Governor of Penza Oblast | RU-PNZ", "Penza Oblast Governor Oleg Melnichenko",
                "Governor of Penza Oblast Oleg Melnichenko", "Governor of Russia's Penza Oblast Oleg Melnichenko",
                "Oleg Melnichenko, Governor of Penza Oblast", "Governor of the Penza Oblast Oleg Melnichenko"),
            new("Vyacheslav Fedorishchev | Governor of Samara Oblast | RU-SAM", "Governor of Samara Oblast Vyacheslav Fedorishchev",
                "Samara Oblast Governor Vyacheslav Fedorishchev"),
            new("Rustam Minnikhanov | Head of the Republic of Tatarstan | RU-TA", "Head of Tatarstan Rustam Minnikhanov", "Tatarstan Head Rustam Minnikhanov"),
            new("Rustam Minnikhanov | Rais of the Republic of Tatarstan | RU-TA", "Rais of the Republic of Tatarstan Rustam Minnikhanov"),
            new("Aleksandr Lukashenko | President of Belarus | BY", "President of Belarus Aleksandr Lukashenko",
                "President of the Republic of Belarus Aleksandr Lukashenko", "Belarusian President Aleksandr Lukashenko",
                "Belarus President Aleksandr Lukashenko"),
            new("Alexander Lukashenko | President of Belarus | BY", "Belarusian President Alexander Lukashenko"),
            new("Roman Golovchenko | Prime Minister of Belarus | BY", "Prime Minister of Belarus Roman Golovchenko",
                "Belarusian Prime Minister Roman Golovchenko"),
            new("Gennady Solovei | Chairman of the Gomel Oblast Executive Committee | BY-HO",
                "Chairman of the Gomel Oblast Executive Committee Gennady Solovei"),
        ],
        Negative =
        [
            "Oleg Melnichenko",
            "the governor",
            "Penza Oblast Governor",
            "President of Russia Vladimir Putin",
            "the President of Belarus",
        ],
    };
}
