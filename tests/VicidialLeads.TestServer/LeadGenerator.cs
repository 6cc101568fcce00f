using System.Globalization;

namespace VicidialLeads.TestServer;

/// <summary>
/// Random leads standing in for the captured server's million: ids from 10001 up (skipping ids already in use),
/// lists 301–305, ten-digit numbers. About one lead in twenty reuses an earlier generated number, so some numbers
/// have several leads. Numbers never use area code 999 nor the 555 exchange, which every known and captured test
/// number does, so a generated lead can never turn a captured miss into a hit.
/// </summary>
internal static class LeadGenerator
{
    public const long FirstLeadId = 10001;
    public const int FirstListId = 301;
    public const int ListCount = 5;

    private const int ReusedNumberOneIn = 20;
    private const int MaxDrawsPerNumber = 100;

    private static readonly string[] FirstNames = ["Alex", "Sam", "Chris", "Pat", "Jordan", "Taylor", "Robin", "Casey"];
    private static readonly string[] LastNames = ["Smith", "Jones", "Garcia", "Miller", "Davis", "Lopez", "Wilson", "Moore"];
    private static readonly string[] Statuses = ["NEW", "NA", "B", "A", "SALE", "NI", "CALLBK", "DROP"];

    public static IEnumerable<Lead> Generate(int count, int seed, IReadOnlySet<long> takenIds, IReadOnlySet<string> takenPhones)
    {
        var random = new Random(seed);
        var generatedPhones = new List<string>(count);
        var leadId = FirstLeadId;
        for (var i = 0; i < count; i++)
        {
            while (takenIds.Contains(leadId))
            {
                leadId++;
            }

            var phone = generatedPhones.Count > 0 && random.Next(ReusedNumberOneIn) == 0
                ? generatedPhones[random.Next(generatedPhones.Count)]
                : DrawPhoneNumber(random, takenPhones);
            generatedPhones.Add(phone);

            yield return new Lead(
                leadId,
                phone,
                FirstListId + random.Next(ListCount),
                VendorLeadCode: "RND-" + leadId.ToString(CultureInfo.InvariantCulture),
                FirstName: FirstNames[random.Next(FirstNames.Length)],
                LastName: LastNames[random.Next(LastNames.Length)],
                Status: Statuses[random.Next(Statuses.Length)]);
            leadId++;
        }
    }

    private static string DrawPhoneNumber(Random random, IReadOnlySet<string> takenPhones)
    {
        var phone = string.Empty;
        for (var draw = 0; draw < MaxDrawsPerNumber; draw++)
        {
            var areaCode = random.Next(201, 990);
            var exchange = random.Next(200, 1000);
            if (exchange == 555)
            {
                continue;
            }

            var number = (areaCode * 10_000_000L) + (exchange * 10_000L) + random.Next(10_000);
            phone = number.ToString(CultureInfo.InvariantCulture);
            if (!takenPhones.Contains(phone))
            {
                return phone;
            }
        }

        throw new InvalidOperationException("Could not draw a phone number that is not already in use.");
    }
}
