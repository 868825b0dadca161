package com.openplatform.notices.web;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.announcement.Announcement;
import com.openplatform.notices.announcement.Announcements;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The tenant's public announcements (§6.1), newest first. */
@Named
@RequestScoped
public class AnnouncementsPage {

  @EJB Announcements announcements;
  private List<Announcement> items;

  public List<Announcement> getItems() {
    if (items == null) {
      items = announcements.list(new PageRequest(0, 50)).items();
    }
    return items;
  }
}
