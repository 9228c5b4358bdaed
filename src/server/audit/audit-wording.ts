// What each audit action did, in words, and what its item is called. The log stores codes
// ("content.publish"); staff read "Published the page".

/** The verb phrase of each action, followed by the item's title where there is one. */
export const AUDIT_ACTION_WORDS: Record<string, string> = {
  'content.save-draft': 'Saved a draft of the page',
  'content.publish': 'Published the page',
  'content.unpublish': 'Unpublished the page',
  'content.restore': 'Restored an earlier version of the page',
  'image.upload': 'Uploaded the image',
  'municipality.edit': 'Edited the facts of',
  'municipality.mark-member': 'Marked as a member',
  'municipality.unmark-member': 'Removed from the members',
  'municipality.merge': 'Merged a duplicate place into',
  'municipality.import-create': 'Added from a CSV import',
  'municipality.import-update': 'Updated from a CSV import',
  'official.invite': 'Invited an official of',
  'official.link-signatory': 'Gave portal access to the signatory of',
  'official.confirm': 'Confirmed an official of',
  'official.decline': 'Declined an official of',
  'pledge-text.save-draft': 'Saved a draft of the pledge text',
  'pledge-text.publish': 'Published the pledge text',
  'pledge.submit': 'Submitted the pledge',
  'pledge.confirm': 'Confirmed by email the pledge',
  'pledge.approve': 'Approved the pledge',
  'pledge.reject': 'Rejected the pledge',
  'pledge.withdraw': 'Withdrew the pledge',
  'report.create': 'Started the report',
  'report.save': 'Saved the report',
  'report.confirm-carried-over': 'Confirmed carried-over figures of the report',
  'report.import-inventory': 'Imported an inventory into the report',
  'report.submit': 'Submitted the report',
  'report.verify': 'Verified the report',
  'report.return': 'Returned for changes the report',
  'solution.create': 'Created the solution',
  'solution.update': 'Edited the solution',
  'solution.publish': 'Published the solution',
  'solution.unpublish': 'Unpublished the solution',
  'target.create': 'Set the target',
  'target.update': 'Corrected the target',
  'target.replace': 'Replaced the target',
  'user.invite': 'Invited',
  'user.reinvite': 'Invited again',
  'user.accept-invitation': 'Accepted the invitation:',
  'user.change-role': 'Changed the role of',
  'user.deactivate': 'Deactivated',
  'user.reactivate': 'Reactivated',
  'user.create-admin': 'Created the admin',
  'user.promote-admin': 'Made an admin of',
  'user.reset-password': 'Reset the password of',
  'user.sign-out-everywhere': 'Signed out everywhere:',
  'compliance.refresh': 'Recomputed the compliance of',
  'assistance.ask': 'Asked the network for help:',
  'assistance.member-reply': 'Replied on the assistance request',
  'assistance.assign': 'Assigned the assistance request',
  'assistance.answer': 'Answered the assistance request',
  'assistance.close': 'Closed the assistance request',
}

/** Words for an action; an action without words (a newer code) is shown as its code. */
export function auditActionWords(action: string): string {
  return AUDIT_ACTION_WORDS[action] ?? action
}

/** What an item of this type is called when it no longer exists. */
export const AUDIT_ENTITY_NOUNS: Record<string, string> = {
  AssistanceRequest: 'an assistance request',
  ContentPage: 'a page',
  Municipality: 'a place',
  Pledge: 'a pledge',
  PledgeText: 'a pledge text',
  ProgressReport: 'a report',
  Solution: 'a solution',
  Target: 'a target',
  Upload: 'an image',
  User: 'a person',
}
