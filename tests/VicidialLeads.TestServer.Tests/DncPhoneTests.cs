using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>add_dnc_phone and delete_dnc_phone: the captured run, and the lists they change.</summary>
public sealed class DncPhoneTests : FreshServerTestBase
{
    [Fact]
    public async Task ReplaysTheCapturedDncRunInOrder()
    {
        Assert.Equal(["5557000130"], Server.State.DncNumbers());
        Assert.Equal(["5557000131"], Server.State.DncNumbers("TESTCAMP"));

        foreach (var name in CaptureCatalog.DncRun)
        {
            var capture = CapturedExchange.Load(name);
            var answer = await CaptureReplayer.SendAsync(Client, Server, capture);
            CaptureReplayer.AssertSameAnswer(capture, answer, Server);
        }

        // The lists as WRITE-CAPTURES.md shows them after 73j: the cut comma entry stays, everything else is gone.
        Assert.Equal(["5557000130", "5557000184,5557000"], Server.State.DncNumbers());
        Assert.Equal(["5557000131"], Server.State.DncNumbers("TESTCAMP"));
        Assert.Empty(Server.State.DncNumbers("NOSUCHCA"));
    }

    [Fact]
    public async Task A_number_added_is_listed_until_it_is_deleted()
    {
        Assert.False(Server.State.IsDncListed("7275550100"));

        var added = await Dnc("add_dnc_phone", "7275550100", "SYSTEM_INTERNAL");
        var again = await Dnc("add_dnc_phone", "7275550100", "SYSTEM_INTERNAL");
        Assert.Equal("SUCCESS: add_dnc_phone DNC NUMBER HAS BEEN ADDED - apiscratch|7275550100|SYSTEM_INTERNAL\n", added.Body);
        Assert.Equal("ERROR: add_dnc_phone DNC NUMBER ALREADY EXISTS: |apiscratch|7275550100|SYSTEM_INTERNAL\n", again.Body);
        Assert.True(Server.State.IsDncListed("7275550100"));
        Assert.False(Server.State.IsDncListed("7275550100", "TESTCAMP"));

        var deleted = await Dnc("delete_dnc_phone", "7275550100", "SYSTEM_INTERNAL");
        var gone = await Dnc("delete_dnc_phone", "7275550100", "SYSTEM_INTERNAL");
        Assert.Equal("SUCCESS: delete_dnc_phone DNC NUMBER HAS BEEN DELETED - apiscratch|7275550100|SYSTEM_INTERNAL\n", deleted.Body);
        Assert.Equal("ERROR: delete_dnc_phone DNC NUMBER DOES NOT EXIST: |apiscratch|7275550100|SYSTEM_INTERNAL\n", gone.Body);
        Assert.False(Server.State.IsDncListed("7275550100"));
    }

    [Fact]
    public async Task A_campaign_list_is_its_own_and_compares_the_campaign_without_case()
    {
        var added = await Dnc("add_dnc_phone", "7275550101", "testcamp");
        Assert.StartsWith("SUCCESS:", added.Body);
        Assert.True(Server.State.IsDncListed("7275550101", "TESTCAMP"));
        Assert.False(Server.State.IsDncListed("7275550101"));
        Assert.Equal("ERROR: add_dnc_phone DNC NUMBER ALREADY EXISTS: |apiscratch|7275550101|TESTCAMP\n", (await Dnc("add_dnc_phone", "7275550101", "TESTCAMP")).Body);
    }

    [Fact]
    public async Task Deleting_needs_delete_from_dnc_as_well_as_modify_lists()
    {
        Server.State.AddUser("lister", "lister99", new ApiUserPermissions(ModifyLists: true));
        var add = await Client.PostFormAsync(Server, "source=test&user=lister&pass=lister99&function=add_dnc_phone&phone_number=7275550102&campaign_id=SYSTEM_INTERNAL");
        var delete = await Client.PostFormAsync(Server, "source=test&user=lister&pass=lister99&function=delete_dnc_phone&phone_number=7275550102&campaign_id=SYSTEM_INTERNAL");
        Assert.StartsWith("SUCCESS:", add.Body);
        Assert.Equal("ERROR: delete_dnc_phone USER DOES NOT HAVE PERMISSION TO DELETE DNC NUMBERS: |lister|0\n", delete.Body);
        Assert.True(Server.State.IsDncListed("7275550102"));

        Server.State.AddUser("lowlevel", "lowlevel99", new ApiUserPermissions(UserLevel: 7, ModifyLists: true, DeleteFromDnc: true));
        var low = await Client.PostFormAsync(Server, "source=test&user=lowlevel&pass=lowlevel99&function=add_dnc_phone&phone_number=7275550103&campaign_id=SYSTEM_INTERNAL");
        Assert.Equal("ERROR: add_dnc_phone USER DOES NOT HAVE PERMISSION TO ADD DNC NUMBERS: |lowlevel|0\n", low.Body);
    }

    private Task<ApiAnswer> Dnc(string function, string phoneNumber, string campaignId) =>
        Client.PostFormAsync(Server, $"source=test&user=apiscratch&pass=scratch1234&function={function}&phone_number={phoneNumber}&campaign_id={campaignId}");
}
