using System;
using System.Globalization;

namespace VicidialLeads
{
    /// <summary>
    /// One scheduled callback of a lead, as lead_callback_info lists it. CallbackTime and EntryTime are the server's
    /// local time; CustomerTime is the time in the customer's time zone, when the agent set one.
    /// </summary>
    public sealed class VicidialCallback
    {
        /// <summary>Builds a callback; public so that tests of scripts can stand in for Get-VicidialCallback.</summary>
        public VicidialCallback(long leadId, CallbackTable table, string recipient, string status, string leadStatus, DateTime callbackTime,
            DateTime? entryTime, string user, long listId, string campaignId, string userGroup, string customerTimeZone, DateTime? customerTime,
            string comments)
        {
            LeadId = leadId;
            Table = table;
            Recipient = recipient;
            Status = status;
            LeadStatus = leadStatus;
            CallbackTime = callbackTime;
            EntryTime = entryTime;
            User = user;
            ListId = listId;
            CampaignId = campaignId;
            UserGroup = userGroup;
            CustomerTimeZone = customerTimeZone;
            CustomerTime = customerTime;
            Comments = comments;
        }

        public long LeadId { get; }

        /// <summary>Current (vicidial_callbacks) or Archive (vicidial_callbacks_archive).</summary>
        public CallbackTable Table { get; }

        /// <summary>USERONLY (for User alone) or ANYONE.</summary>
        public string Recipient { get; }

        /// <summary>The callback's own status: ACTIVE, LIVE, INACTIVE.</summary>
        public string Status { get; }

        /// <summary>The lead status the callback was set with (CALLBK, ...).</summary>
        public string LeadStatus { get; }

        /// <summary>When the callback is due, in the server's local time.</summary>
        public DateTime CallbackTime { get; }

        /// <summary>When it was set, in the server's local time.</summary>
        public DateTime? EntryTime { get; }

        public string User { get; }

        public long ListId { get; }

        public string CampaignId { get; }

        public string UserGroup { get; }

        public string CustomerTimeZone { get; }

        /// <summary>The callback time in the customer's time zone; null when none was set.</summary>
        public DateTime? CustomerTime { get; }

        public string Comments { get; }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "lead {0} {1:yyyy-MM-dd HH:mm:ss} {2} {3}", LeadId, CallbackTime, Status, Table);
    }
}
