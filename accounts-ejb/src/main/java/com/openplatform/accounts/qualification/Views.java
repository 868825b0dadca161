package com.openplatform.accounts.qualification;

/** Builds views of versions for developers and staff alike. */
final class Views {

  private Views() {}

  static MaterialsView of(
      QualificationRepository materials, String account, QualificationVersion v) {
    return new MaterialsView(
        v.number(),
        v.materials(),
        v.documentIds().stream()
            .map(id -> materials.document(account, id).map(DocumentView::of).orElseThrow())
            .toList(),
        v.createdAt(),
        v.createdBy());
  }
}
