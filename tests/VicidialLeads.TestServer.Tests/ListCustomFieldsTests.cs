using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>list_custom_fields beyond the captures: named lists, delimiters, custom_order and list restrictions.</summary>
public sealed class ListCustomFieldsTests : FreshServerTestBase
{
    [Fact]
    public async Task A_list_a_test_defines_is_printed_with_its_name_flag_campaign_and_fields()
    {
        Server.State.SetCampaign("NEWCAMPAIGN", 4242);
        Server.State.SetListName(4242, "Spring leads", active: false);
        Server.State.DefineCustomFields(4242, "zone", "account_no");

        Assert.Equal(new ApiAnswer(200, "4242|Spring leads|NEWCAMPA|N|||zone account_no\n"), await ListAsync("list_id=4242"));
        Assert.Equal(
            new ApiAnswer(200, "list_id,list_name,campaign_id,active,list_changedate,list_lastcalldate,custom_fields_list_space_delimited\n4242,Spring leads,NEWCAMPA,N,,,zone account_no\n"),
            await ListAsync("list_id=4242&stage=csv&header=YES"));
        Assert.Equal(new ApiAnswer(200, "101\tTest list 101\tTESTCAMP\tY\t\t\taccount_no contract_type cf_notes\n"), await ListAsync("list_id=101abc&stage=tab"));
        Assert.Equal(new ApiAnswer(200, "ERROR: list_custom_fields LIST DOES NOT EXIST: |apiscratch|4243\n"), await ListAsync("list_id=4243"));
    }

    [Fact]
    public async Task Custom_order_sorts_a_field_list_never_cleared_between_lists()
    {
        Server.State.DefineCustomFields(102, "zeta");

        // 101's three fields sorted, then 102 overwrites only the first: its line carries 101's leftovers.
        var answer = await ListAsync("list_id=---ALL---&custom_order=alpha_up");
        Assert.StartsWith("101|Test list 101|TESTCAMP|Y|||account_no cf_notes contract_type\n102|Test list 102|TESTCAMP|Y|||cf_notes contract_type zeta\n201|Other list 201|OTHERCAM|Y|||cf_notes contract_type zeta\n", answer.Body);
        Assert.Equal("102|Test list 102|TESTCAMP|Y|||zeta\n", (await ListAsync("list_id=102&custom_order=alpha_up")).Body);
        Assert.Equal("101|Test list 101|TESTCAMP|Y|||contract_type cf_notes account_no\n", (await ListAsync("list_id=101&custom_order=alpha_down")).Body);

        // Sorting before any list had fields is a PHP error.
        Assert.Equal(new ApiAnswer(500, string.Empty), await ListAsync("list_id=201&custom_order=alpha_up"));
    }

    [Fact]
    public async Task Restricted_users_see_only_their_campaigns_lists_and_others_need_modify_lists()
    {
        Server.State.AddUser("listrestrict", "restrict99", ApiUserPermissions.ListRestricted("OTHERCAM") with { ModifyLists = true });

        Assert.Equal("201|Other list 201|OTHERCAM|Y|||\n", (await ListAsync("list_id=---ALL---", "listrestrict", "restrict99")).Body);
        Assert.Equal("ERROR: list_custom_fields NOT AN ALLOWED LIST ID - 101\n", (await ListAsync("list_id=101", "listrestrict", "restrict99")).Body);
        Assert.Equal("ERROR: list_custom_fields USER DOES NOT HAVE PERMISSION TO MODIFY LISTS: |apirestrict|0\n", (await ListAsync("list_id=201", "apirestrict", "restrict1234")).Body);
        Assert.Equal("ERROR: list_custom_fields YOU MUST USE ALL REQUIRED FIELDS: |apiscratch|1|My+list|CAMP\n", (await ListAsync("list_id=1&list_name=My%2Blist%21&campaign_id=CAMP")).Body);
    }

    private Task<ApiAnswer> ListAsync(string query, string user = "apiscratch", string password = "scratch1234") =>
        Client.GetAsync(Server, $"source=test&user={user}&pass={password}&function=list_custom_fields&{query}");
}
