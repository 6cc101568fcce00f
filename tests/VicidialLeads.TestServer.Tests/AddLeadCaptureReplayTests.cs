using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>
/// The add_lead captures replayed in the order they were made on a fresh server set up as write-captures-setup.sql and
/// WRITE-CAPTURES.md describe: same status, same bytes, same lead ids, and the leads stored as the real server stored them.
/// </summary>
public sealed class AddLeadCaptureReplayTests : FreshServerTestBase
{
    [Fact]
    public async Task Answers_the_add_lead_captures_like_the_real_server_and_stores_what_it_stored()
    {
        var state = Server.State;
        state.SetCampaign("TESTCAMP", 101, 102, 998, 999, 9001, 9002, 9003);
        state.DefineCustomFields(9001, "account_no", "contract_type", "cf_notes", "cf_date");
        state.SetNextLeadId(1010023);
        var before = new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            // Put in by SQL for 54e alone, removed right after.
            ["54e-add_lead-dnc-areacode"] = () => state.AddDncNumber("555XXXXXXX"),
            ["55-add_lead-phone-5-digits"] = () => Assert.True(state.Dnc.Remove("555XXXXXXX", DncLists.SystemList)),
            ["58-add_lead-last-field-apostrophe"] = () => TakeTheIdsOfTheUnservedCaptures(state),

            // 1010049–1010052 went to update_lead's inserts (62*) and 73h, which this run does not replay.
            ["82-add_lead-apinewlead-slow-webhook"] = () =>
            {
                state.SetNextLeadId(1010053);
                state.SetNewLeadWebhookDelay(9002, TimeSpan.FromMilliseconds(200));
            },
        };

        foreach (var name in CaptureCatalog.AddRun)
        {
            before.GetValueOrDefault(name)?.Invoke();
            var capture = CapturedExchange.Load(name);
            var answer = await CaptureReplayer.SendAsync(Client, Server, capture);
            CaptureReplayer.AssertSameAnswer(capture, answer, Server);
        }

        AssertStoredAsTheRealServerStoredThem(state);
    }

    /// <summary>57* (add_to_hopper, callback, multi_alt_phones) are not served; their leads are put in as the real server added them.</summary>
    private static void TakeTheIdsOfTheUnservedCaptures(TestServerState state)
    {
        (string Phone, string Status)[] unserved =
        [
            ("5557000150", "NEW"), ("5557000154", "NEW"), ("5557000155", "NEW"), ("5557000156", "CBHOLD"), ("5557000157", "CBHOLD"), ("5557000158", "CBHOLD"),
        ];
        var added = state.Leads.AddWithNewIds(unserved.Length, id => new Lead(id, unserved[id - 1010039].Phone, 9002, Status: unserved[id - 1010039].Status));
        Assert.Equal([1010039L, 1010044L], [added[0].LeadId, added[^1].LeadId]);
    }

    private static void AssertStoredAsTheRealServerStoredThem(TestServerState state)
    {
        Lead Stored(long leadId) => state.Leads.FindById(leadId, archived: false) ?? throw new Xunit.Sdk.XunitException($"Lead {leadId} is missing.");

        // 50, 50b: two identical leads; the insert stamps last_local_call_time with the server's local time.
        var minimal = Stored(1010023);
        Assert.Equal(
            new Lead(1010023, "5557000101", 9002, 0, "VLC-101", "Ada", "Lovelace", "NEW", Details: new LeadDetails
            {
                User = "6666",
                DateOfBirth = "0000-00-00",
                LastLocalCallTime = minimal.Details!.LastLocalCallTime,
            }),
            minimal);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", minimal.Details.LastLocalCallTime);
        Assert.Equal(minimal with { LeadId = 1010024, Details = minimal.Details with { LastLocalCallTime = Stored(1010024).Details!.LastLocalCallTime } }, Stored(1010024));
        Assert.Equal(("K1", "5557000103"), (Stored(1010025).Details!.Title, Stored(1010025).Details!.AltPhone));
        Assert.Equal("", Stored(1010027).FirstName);

        // 52: every value cleaned and cut as the real server stored it.
        var cleaned = Stored(1010028);
        Assert.Equal(("VLC 1", "Jos Mara", "O'Brien-Smith Jr."), (cleaned.VendorLeadCode, cleaned.FirstName, cleaned.LastName));
        Assert.Equal(
            minimal.Details with
            {
                SourceId = "src 1",
                Title = "Dr.",
                MiddleInitial = "a",
                Address1 = "12 Main St. 4 Apt 5",
                City = "So Paulo",
                State = "fl",
                PostalCode = "32202-1234",
                CountryCode = "USA",
                AltPhone = "555 700-0099",
                Email = "john tag@example.com",
                SecurityPhrase = "ab",
                Owner = "me you",
                Comments = "Line1 quoted hash | pipe, tab\tx ümlaut ? C:\temp\new 50\\% done",
                LastLocalCallTime = cleaned.Details!.LastLocalCallTime,
            },
            cleaned.Details);

        // 52b: the trailing backslash broke the INSERT.
        Assert.Empty(state.Leads.FindByPhoneNumbers(["5557000111"], _ => true, 10));

        // 53, 53b: the custom row written, entry_list_id set to the list; 53d, 53e: no row, entry_list_id 0.
        Assert.Equal(9001, Stored(1010029).EntryListId);
        var (fields, values) = state.CustomFields.Lookup(9001, 1010029);
        Assert.Equal(["account_no", "contract_type", "cf_notes", "cf_date"], fields);
        Assert.Equal(["AC-120", "ANNUAL", "José's note | pipe\ttab"], values!.Take(3));
        Assert.Equal(9001, Stored(1010030).EntryListId);
        Assert.Equal(["", "", "", ""], state.CustomFields.Lookup(9001, 1010030).Values);
        Assert.Equal((0, 0), (Stored(1010032).EntryListId, Stored(1010033).EntryListId));
        Assert.Null(state.CustomFields.Lookup(9001, 1010032).Values);
        Assert.Null(state.CustomFields.Lookup(9001, 1010033).Values);

        // 54c, 54d: added although on a DNC list; 55c keeps the 1; 55h goes to an undefined list.
        Assert.Equal(("5557000131", "5557000130", "15557000140"), (Stored(1010034).PhoneNumber, Stored(1010035).PhoneNumber, Stored(1010036).PhoneNumber));
        Assert.Equal(9008, Stored(1010038).ListId);

        // 58: the lead is added although the answer was an HTTP 500.
        Assert.Equal(("Pat", "O'Brien", "NEW", 9002), (Stored(1010045).FirstName, Stored(1010045).LastName, Stored(1010045).Status, Stored(1010045).ListId));
        Assert.Equal(("Sam", "O'Neil"), (Stored(1010047).FirstName, Stored(1010047).LastName));
        Assert.Equal("Hook", Stored(1010053).FirstName);
    }
}
