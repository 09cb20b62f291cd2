/** Notifications per page of the centre. */
const pageSize = 20;

/**
 * The `notifications.list` input for a page of the centre; the first screen (page 1, all) is prefetched by the page
 * on the server with this same input, so the browser finds it in its cache.
 */
export const notificationListInput = (page: number, unreadOnly: boolean) => ({ page, pageSize, unreadOnly });

export const firstNotificationListInput = notificationListInput(1, false);
