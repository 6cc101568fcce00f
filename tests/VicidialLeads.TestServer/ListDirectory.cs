namespace VicidialLeads.TestServer;

/// <summary>
/// What <c>vicidial_lists</c> says of a list besides its campaign (which <see cref="TestServerState.SetCampaign"/> sets):
/// its name and active flag, as list_custom_fields prints them, and the delay of the list's new-lead webhook
/// (<c>vicidial_url_multi</c>, url_type apinewlead), which add_lead waits out before it answers (82).
/// </summary>
internal sealed class ListDirectory
{
    /// <summary>vicidial_lists.campaign_id holds 8 characters; a longer campaign id given to the server is printed cut.</summary>
    public const int CampaignIdLength = 8;

    private readonly object _gate = new();
    private readonly Dictionary<int, (string Name, bool Active)> _names = [];
    private readonly Dictionary<int, TimeSpan> _webhookDelays = [];

    public void SetName(int listId, string name, bool active)
    {
        lock (_gate)
        {
            _names[listId] = (name, active);
        }
    }

    /// <summary>The list's name and active flag; a list never named is "List N", active.</summary>
    public (string Name, bool Active) NameOf(int listId)
    {
        lock (_gate)
        {
            return _names.TryGetValue(listId, out var named) ? named : ($"List {listId}", true);
        }
    }

    public void SetWebhookDelay(int listId, TimeSpan delay)
    {
        lock (_gate)
        {
            if (delay <= TimeSpan.Zero)
            {
                _webhookDelays.Remove(listId);
            }
            else
            {
                _webhookDelays[listId] = delay;
            }
        }
    }

    /// <summary>How long the new-lead webhook of the list takes to answer; zero when it has none.</summary>
    public TimeSpan WebhookDelayOf(int listId)
    {
        lock (_gate)
        {
            return _webhookDelays.GetValueOrDefault(listId);
        }
    }

    public static string StoredCampaignId(string campaignId) =>
        campaignId.Length <= CampaignIdLength ? campaignId : campaignId[..CampaignIdLength];
}
